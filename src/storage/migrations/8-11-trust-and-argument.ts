import type { Migration } from "../migrations.ts";

// v8–11: install secret and receipts, FTS secure delete, the case's argument and decision, personal prompts.
export const trustAndArgument: Migration[] = [
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
];
