import type { Migration } from "../migrations.ts";

// v1: the first schema (teams, prompts, answers, cases, audit, deliveries, scheduling).
export const firstSchema: Migration[] = [
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
];
