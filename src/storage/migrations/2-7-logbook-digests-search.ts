import type { Migration } from "../migrations.ts";

// v2–7: erasure tombstones, the logbook, digest posts, rode-draden counts, case terms and statuses.
export const logbookDigestsSearch: Migration[] = [
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
];
