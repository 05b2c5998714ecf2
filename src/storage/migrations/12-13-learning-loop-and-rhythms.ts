import type { Migration } from "../migrations.ts";

// v12–13: proposals, escalations and look-backs; skip, later, pause and the team's bedoeling.
export const learningLoopAndRhythms: Migration[] = [
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
