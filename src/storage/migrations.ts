// Numbered migrations. Never edit one that has shipped; add the next number instead.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "initial",
    sql: `
CREATE TABLE schedule_jobs (
  job TEXT PRIMARY KEY,
  first_seen_at TEXT NOT NULL
);
CREATE TABLE schedule_slots (
  job TEXT NOT NULL,
  slot TEXT NOT NULL,            -- local wall time in the team's time zone, e.g. 2026-03-30T09:00
  status TEXT NOT NULL,          -- claimed | done | skipped | failed
  attempts INTEGER NOT NULL DEFAULT 1,
  note TEXT,
  claimed_at TEXT NOT NULL,
  finished_at TEXT,
  PRIMARY KEY (job, slot)
);
CREATE TABLE prompt_runs (
  id INTEGER PRIMARY KEY,
  team TEXT NOT NULL,
  prompt_id TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  visibility TEXT NOT NULL,
  slot TEXT,                     -- null when posted on demand
  posted_at TEXT NOT NULL,
  closes_at TEXT NOT NULL
);
CREATE INDEX prompt_runs_team ON prompt_runs (team, posted_at);
CREATE UNIQUE INDEX prompt_runs_slot ON prompt_runs (team, slot) WHERE slot IS NOT NULL;
CREATE TABLE prompt_posts (
  run_id INTEGER NOT NULL REFERENCES prompt_runs (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  PRIMARY KEY (run_id, platform)
);
CREATE TABLE answers (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES prompt_runs (id) ON DELETE CASCADE,
  author TEXT NOT NULL,          -- platform:id
  text TEXT NOT NULL DEFAULT '',
  score INTEGER,
  may_highlight INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (run_id, author)
);
CREATE TABLE answer_posts (
  answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  thread_id TEXT,
  PRIMARY KEY (answer_id, platform)
);
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  team TEXT NOT NULL,
  status TEXT NOT NULL,
  title TEXT NOT NULL,
  situation TEXT NOT NULL,
  rule TEXT NOT NULL,
  rule_level TEXT NOT NULL,
  unwanted_effect TEXT NOT NULL DEFAULT '',
  bedoeling TEXT NOT NULL,
  proposal TEXT NOT NULL DEFAULT '',
  urgency TEXT NOT NULL,
  is_anonymous INTEGER NOT NULL,
  submitter TEXT,                -- platform:id; always null for anonymous cases
  owner TEXT,
  platform TEXT NOT NULL,
  outcome TEXT,
  reasons TEXT,
  escalated_to TEXT,
  escalation_question TEXT,
  paused_until TEXT,
  close_reason TEXT,
  source_answer_id INTEGER REFERENCES answers (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  last_moved_at TEXT NOT NULL,
  nudged_at TEXT,
  CHECK (is_anonymous = 0 OR submitter IS NULL)
);
CREATE INDEX cases_team ON cases (team, status);
CREATE TABLE case_posts (
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  PRIMARY KEY (case_id, platform)
);
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT,                    -- null for anonymous submissions and erased people
  kind TEXT NOT NULL,            -- move | refused
  from_status TEXT,
  to_status TEXT,
  note TEXT
);
CREATE INDEX case_events_case ON case_events (case_id, at);
CREATE VIRTUAL TABLE cases_fts USING fts5(
  title, rule, situation,
  content = 'cases', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts (rowid, title, rule, situation) VALUES (new.id, new.title, new.rule, new.situation);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, title, rule, situation) VALUES ('delete', old.id, old.title, old.rule, old.situation);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF title, rule, situation ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, title, rule, situation) VALUES ('delete', old.id, old.title, old.rule, old.situation);
  INSERT INTO cases_fts (rowid, title, rule, situation) VALUES (new.id, new.title, new.rule, new.situation);
END;
CREATE TABLE reference_counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);
CREATE TABLE digest_runs (
  id INTEGER PRIMARY KEY,
  team TEXT NOT NULL,
  slot TEXT,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  posted_at TEXT NOT NULL
);
CREATE UNIQUE INDEX digest_runs_slot ON digest_runs (team, slot) WHERE slot IS NOT NULL;
CREATE TABLE deliveries (
  platform TEXT NOT NULL,
  key TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (platform, key)
);
CREATE TABLE conversations (
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  kind TEXT NOT NULL,            -- channel | personal
  user_key TEXT,                 -- platform:id for personal conversations
  reference TEXT NOT NULL,       -- the platform's JSON needed to post there later
  is_reachable INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, conversation_id)
);
CREATE INDEX conversations_user ON conversations (platform, user_key);
`,
  },
  {
    version: 2,
    name: "erasure tombstones",
    sql: `
ALTER TABLE case_events ADD COLUMN is_actor_erased INTEGER NOT NULL DEFAULT 0;
CREATE TABLE erasures (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  answers INTEGER NOT NULL,
  cases INTEGER NOT NULL,
  events INTEGER NOT NULL,
  conversations INTEGER NOT NULL
);
`,
  },
  {
    version: 3,
    name: "logbook and reminders",
    sql: `
ALTER TABLE prompt_runs ADD COLUMN reminded_at TEXT;
CREATE TABLE logbook_subscriptions (
  user_key TEXT PRIMARY KEY,     -- platform:id; the person asked for this themselves
  weekday INTEGER NOT NULL,      -- 1 = Monday … 7 = Sunday; 0 = every working day
  time TEXT NOT NULL,            -- HH:MM local
  language TEXT NOT NULL,
  last_slot TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE logbook_entries (
  id INTEGER PRIMARY KEY,
  user_key TEXT NOT NULL,
  prompt_id TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX logbook_entries_user ON logbook_entries (user_key, created_at);
`,
  },
  {
    version: 4,
    name: "digest posts",
    sql: `
CREATE TABLE digest_posts (
  team TEXT NOT NULL,
  slot TEXT NOT NULL,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  PRIMARY KEY (team, slot, platform)
);
`,
  },
  {
    version: 5,
    name: "rode draden counts and digest indexes",
    // normalise_rule() is registered by openDatabase (src/cases/rule-key.ts); new cases get their key
    // from insertCase, so the triggers need no application function and any SQLite client may write.
    sql: `
ALTER TABLE cases ADD COLUMN rule_key TEXT;
UPDATE cases SET rule_key = normalise_rule(rule);
CREATE INDEX cases_rule_team ON cases (rule_key, team);
CREATE INDEX cases_team_created ON cases (team, created_at);
CREATE INDEX cases_team_moved ON cases (team, last_moved_at);
CREATE INDEX digest_runs_team ON digest_runs (team, period_end);
CREATE TABLE rule_threads (
  rule_key TEXT PRIMARY KEY,
  rule TEXT NOT NULL,            -- the wording of the first case with this key
  cases INTEGER NOT NULL,
  teams INTEGER NOT NULL
);
INSERT INTO rule_threads (rule_key, rule, cases, teams)
  SELECT rule_key, (SELECT rule FROM cases first WHERE first.rule_key = c.rule_key ORDER BY id LIMIT 1), count(*), count(DISTINCT team)
  FROM cases c GROUP BY rule_key;
CREATE INDEX rule_threads_cases ON rule_threads (cases);
CREATE TRIGGER cases_threads_insert AFTER INSERT ON cases BEGIN
  INSERT INTO rule_threads (rule_key, rule, cases, teams) VALUES (NEW.rule_key, NEW.rule, 1, 1)
  ON CONFLICT (rule_key) DO UPDATE SET cases = cases + 1,
    teams = teams + NOT EXISTS (SELECT 1 FROM cases WHERE rule_key = NEW.rule_key AND team = NEW.team AND id != NEW.id);
END;
CREATE TRIGGER cases_threads_delete AFTER DELETE ON cases BEGIN
  UPDATE rule_threads SET cases = cases - 1,
    teams = teams - NOT EXISTS (SELECT 1 FROM cases WHERE rule_key = OLD.rule_key AND team = OLD.team)
  WHERE rule_key = OLD.rule_key;
  DELETE FROM rule_threads WHERE rule_key = OLD.rule_key AND cases <= 0;
END;
CREATE TRIGGER cases_threads_update AFTER UPDATE OF rule_key, team ON cases
WHEN OLD.rule_key IS NOT NEW.rule_key OR OLD.team IS NOT NEW.team BEGIN
  UPDATE rule_threads SET cases = cases - 1,
    teams = teams - NOT EXISTS (SELECT 1 FROM cases WHERE rule_key = OLD.rule_key AND team = OLD.team)
  WHERE rule_key = OLD.rule_key;
  DELETE FROM rule_threads WHERE rule_key = OLD.rule_key AND cases <= 0;
  INSERT INTO rule_threads (rule_key, rule, cases, teams) VALUES (NEW.rule_key, NEW.rule, 1, 1)
  ON CONFLICT (rule_key) DO UPDATE SET cases = cases + 1,
    teams = teams + NOT EXISTS (SELECT 1 FROM cases WHERE rule_key = NEW.rule_key AND team = NEW.team AND id != NEW.id);
END;
`,
  },
  {
    version: 6,
    name: "case term counts",
    // A read-only view of the full-text index: in how many cases each word occurs (no storage of its own).
    sql: `CREATE VIRTUAL TABLE cases_terms USING fts5vocab(cases_fts, row);`,
  },
  {
    version: 7,
    name: "cases by status",
    // The maintenance job looks for waiting cases every 15 minutes; without this it read every case.
    sql: `CREATE INDEX cases_status ON cases (status, last_moved_at);`,
  },
  {
    version: 8,
    name: "install secret and anonymous receipts",
    // The secret keys hashes of dedupe keys and signs form state (src/storage/install-secret.ts).
    // receipt_hash lets an anonymous submitter open their case's status with a code shown only once.
    // A pulse's average is published in steps of five answers and when it closes, never per answer
    // (the difference between two updates would be one person's score); closed_shown_at marks a run
    // whose post was shown as closed. Runs closed before this migration count as shown. The outbox holds
    // every platform effect of a saved change until it is delivered (src/outbox/).
    sql: `
CREATE TABLE install_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
ALTER TABLE cases ADD COLUMN receipt_hash TEXT;
CREATE UNIQUE INDEX cases_receipt ON cases (receipt_hash) WHERE receipt_hash IS NOT NULL;
-- Anonymous cases wait here (no time at all) until the maintenance job numbers them, in random order.
CREATE TABLE anonymous_submissions (
  id INTEGER PRIMARY KEY,
  new_case TEXT NOT NULL,
  receipt_hash TEXT NOT NULL UNIQUE
);
ALTER TABLE prompt_runs ADD COLUMN pulse_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE prompt_runs ADD COLUMN pulse_average REAL;
ALTER TABLE prompt_runs ADD COLUMN closed_shown_at TEXT;
UPDATE prompt_runs SET closed_shown_at = closes_at WHERE closes_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE INDEX prompt_runs_closing ON prompt_runs (closes_at) WHERE closed_shown_at IS NULL;
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  lane TEXT NOT NULL,            -- platform:conversation; a lane's items are delivered in order
  kind TEXT NOT NULL,            -- the task, see src/outbox/outbox-tasks.ts
  args TEXT NOT NULL,            -- JSON
  status TEXT NOT NULL DEFAULT 'waiting',  -- waiting | failed (gave up; retried or dropped by an operator)
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before TEXT NOT NULL,
  claimed_by TEXT,               -- host:pid of the process delivering it
  claimed_until TEXT,
  created_at TEXT NOT NULL,
  last_error TEXT
);
CREATE INDEX outbox_lane ON outbox (lane, status, id);
CREATE INDEX outbox_due ON outbox (status, not_before);
`,
  },
  {
    version: 9,
    name: "fts secure delete",
    // Without it, a deleted case's words stay in the full-text index segments until they happen to be
    // merged (https://sqlite.org/fts5.html#the_secure_delete_configuration_option). A persistent setting.
    sql: `INSERT INTO cases_fts (cases_fts, rank) VALUES ('secure-delete', 1);`,
  },
  {
    version: 10,
    name: "case argument and decisions",
    // What makes a case persuasive upward (the real need, the room the rule already gives, what happens
    // if nothing is done) and what a decision weighed: its level and the public values (seeds-brief §4.3,
    // §4.7). Earlier cases keep empty texts and no level.
    sql: `
ALTER TABLE cases ADD COLUMN citizen_need TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN customer_role TEXT;              -- customer | end-customer | both
ALTER TABLE cases ADD COLUMN room_within_rule TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN if_nothing_is_done TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN decision_level TEXT;             -- team | department | mt | college | legislator
ALTER TABLE cases ADD COLUMN public_values TEXT;              -- comma-separated keys, e.g. lawfulness,human-scale
ALTER TABLE cases ADD COLUMN other_values TEXT;
`,
  },
  {
    version: 11,
    name: "personal prompts",
    // Which personal prompts (logbook, teamleider) a person was sent, per slot: the next one is the
    // first not yet sent, so a skipped entry moves the rotation on. The day only, no time.
    sql: `
CREATE TABLE personal_prompt_sends (
  user_key TEXT NOT NULL,
  kind TEXT NOT NULL,            -- logbook | lead
  prompt_id TEXT NOT NULL,
  slot TEXT NOT NULL,
  sent_on TEXT NOT NULL,
  PRIMARY KEY (user_key, kind, slot)
);
CREATE INDEX personal_prompt_sends_prompt ON personal_prompt_sends (user_key, kind, prompt_id);
`,
  },
  {
    version: 12,
    name: "proposals, escalations and look-backs",
    // The learning loop (DESIGN.md §2.5): a decided case or a rode draad becomes a proposal to an
    // addressee beyond the team; an escalation gets an addressee, an interim measure and a due date;
    // weeks after a decision its owner and submitter are asked whether it helped. Each keeps its own
    // history. reminded_on is the local day of the last reminder: never more often than once a week.
    sql: `
CREATE TABLE proposal_counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);
CREATE TABLE proposals (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,   -- V-2026-0001
  origin_team TEXT NOT NULL,
  addressee TEXT NOT NULL,          -- key in the config's addressees
  rule TEXT NOT NULL,
  rule_level TEXT NOT NULL,
  rule_key TEXT NOT NULL,
  proposed_text TEXT NOT NULL,
  bedoeling TEXT NOT NULL,
  unwanted_effect TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,             -- sent | in_progress | accepted | amended | rejected | withdrawn
  reasons TEXT,
  amendment TEXT,
  review_on TEXT NOT NULL,          -- local day by which the addressee is asked to decide
  reminded_on TEXT,
  created_by TEXT,                  -- platform:id; null once erased
  created_at TEXT NOT NULL,
  last_moved_at TEXT NOT NULL,
  answered_at TEXT
);
CREATE INDEX proposals_status ON proposals (status, review_on);
CREATE TABLE proposal_cases (
  proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  added_by TEXT,
  added_at TEXT NOT NULL,
  PRIMARY KEY (proposal_id, case_id)
);
CREATE INDEX proposal_cases_case ON proposal_cases (case_id);
CREATE TABLE proposal_events (
  id INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT,
  is_actor_erased INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL,               -- move | joined | reminded | refused
  from_status TEXT,
  to_status TEXT,
  note TEXT
);
CREATE INDEX proposal_events_proposal ON proposal_events (proposal_id, at);
CREATE TABLE proposal_posts (
  proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  PRIMARY KEY (proposal_id, platform, conversation_id)
);
CREATE TABLE escalations (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  addressee TEXT,                   -- key in the config; null for an addressee named in free text
  addressee_name TEXT NOT NULL,
  question TEXT NOT NULL,
  interim_measure TEXT NOT NULL DEFAULT '',
  due_on TEXT NOT NULL,             -- local day
  status TEXT NOT NULL,             -- waiting | answered | withdrawn
  answer TEXT,
  reasons TEXT,
  reminded_on TEXT,
  created_by TEXT,
  answered_by TEXT,
  created_at TEXT NOT NULL,
  answered_at TEXT
);
CREATE INDEX escalations_status ON escalations (status, due_on);
CREATE INDEX escalations_case ON escalations (case_id);
CREATE TABLE escalation_events (
  id INTEGER PRIMARY KEY,
  escalation_id INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT,
  is_actor_erased INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL,               -- opened | reminded | answered | withdrawn | refused
  note TEXT
);
CREATE INDEX escalation_events_escalation ON escalation_events (escalation_id, at);
CREATE TABLE escalation_posts (
  escalation_id INTEGER NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  PRIMARY KEY (escalation_id, platform, conversation_id)
);
CREATE TABLE lookbacks (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  person TEXT,                      -- platform:id; null once erased (then never asked)
  role TEXT NOT NULL,               -- owner | submitter
  due_on TEXT NOT NULL,             -- local day
  asked_at TEXT,
  helped TEXT,                      -- ja | deels | nee
  rule_changed TEXT,                -- ja | deels | nee
  note TEXT,
  answered_at TEXT,
  UNIQUE (case_id, role)
);
CREATE INDEX lookbacks_due ON lookbacks (due_on) WHERE asked_at IS NULL;
CREATE INDEX lookbacks_answered ON lookbacks (answered_at);
`,
  },
  {
    version: 13,
    name: "skip, later, pause and the team's bedoeling",
    // A person may skip a prompt or ask to be reminded once (counts only, never text); a lead may pause
    // the team's prompts for a while (zomerstop) and set the team's one-line bedoeling, which is asked
    // about once a quarter (checked_quarter: the quarter whose question was posted, or in which it was set).
    sql: `
CREATE TABLE prompt_deferrals (
  id INTEGER PRIMARY KEY,
  user_key TEXT NOT NULL,           -- platform:id; deleted with the person, aged out by retention
  kind TEXT NOT NULL,               -- team | logbook | lead
  run_id INTEGER REFERENCES prompt_runs (id) ON DELETE CASCADE,  -- team prompts only
  prompt_id TEXT NOT NULL,
  team TEXT,                        -- null for the logbook
  choice TEXT NOT NULL,             -- skip | later
  remind_at TEXT,                   -- when the one reminder of "later" is due
  reminded_at TEXT,                 -- set once, in the transaction that writes the reminder to the outbox
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX prompt_deferrals_once ON prompt_deferrals (user_key, kind, coalesce(run_id, 0), prompt_id);
CREATE INDEX prompt_deferrals_due ON prompt_deferrals (remind_at) WHERE reminded_at IS NULL;
CREATE INDEX prompt_deferrals_run ON prompt_deferrals (run_id);
CREATE TABLE team_pauses (
  id INTEGER PRIMARY KEY,
  team TEXT NOT NULL,
  starts_on TEXT NOT NULL,          -- local day, inclusive
  ends_on TEXT NOT NULL,            -- local day, inclusive (moved to yesterday when a lead stops it early)
  paused_by TEXT,                   -- platform:id; null once erased
  stopped_by TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX team_pauses_team ON team_pauses (team, ends_on);
CREATE TABLE team_purposes (
  team TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  set_by TEXT,                      -- platform:id; null once erased
  set_at TEXT NOT NULL,
  confirmed_by TEXT,
  confirmed_at TEXT,
  checked_quarter TEXT              -- e.g. 2026-Q2
);
CREATE TABLE team_purpose_posts (
  team TEXT NOT NULL,
  quarter TEXT NOT NULL,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  PRIMARY KEY (team, quarter, platform)
);
`,
  },
];
