import type { Block, Button, Language, Message } from "../chat/vocabulary.ts";
import { proposalTexts } from "../proposals/proposal-texts.ts";
import { formatDate } from "../time/format.ts";
import { movesFrom, type CaseRecord } from "./case-model.ts";
import { caseArgumentTexts } from "./case-argument-texts.ts";
import { caseTexts } from "./case-texts.ts";

export interface CaseNames {
  teamName: string;
  owner?: string;
  submitter?: string;
}

/** The parent message in the triage channel; it is edited on every move. */
export function caseMessage(record: CaseRecord, names: CaseNames, language: Language): Message {
  const t = caseTexts[language];
  const l = t.labels;
  const blocks: Block[] = [
    { type: "heading", text: `${record.reference} · ${record.title}` },
    {
      type: "fields",
      fields: [
        { label: l.status, value: t.status[record.status] },
        { label: l.team, value: names.teamName },
        { label: l.urgency, value: t.urgency[record.urgency] },
        { label: l.owner, value: names.owner ?? l.nobody },
        { label: l.submitter, value: record.isAnonymous ? l.anonymous : (names.submitter ?? "?") },
        { label: l.rule, value: `${record.rule} (${t.ruleLevel[record.ruleLevel]})` },
      ],
    },
    { type: "text", text: `*${l.situation}*\n${record.situation}` },
    ...argumentBlocks(record, language),
  ];
  // The owner is among the fields above, by name.
  const outcome = statusLines(record, language, false);
  if (outcome) blocks.push({ type: "text", text: outcome });
  const buttons: Button[] = movesFrom(record.status).map((move) => ({
    label: t.move[move],
    action: `case.${move}`,
    value: String(record.id),
    style: move === "decide" ? ("primary" as const) : undefined,
  }));
  // A decided case can go beyond the team as a proposal to change the rule (src/proposals/).
  if (record.status === "decided") buttons.push({ label: proposalTexts[language].makeProposal, action: "proposal.new", value: String(record.id) });
  if (buttons.length > 0) blocks.push({ type: "buttons", buttons });
  return { text: `${record.reference} · ${record.title} (${t.status[record.status]})`, blocks };
}

/** The case's argument in the order of the form; parts left empty are left out. */
function argumentBlocks(record: CaseRecord, language: Language): Block[] {
  const l = caseTexts[language].labels;
  const a = caseArgumentTexts[language];
  const role = record.customerRole ? a.customerRole[record.customerRole] : "";
  const need: [string, string] = record.citizenNeed
    ? [role ? `${a.labels.citizenNeed} (${role})` : a.labels.citizenNeed, record.citizenNeed]
    : [a.labels.customerRole, role];
  const sections: [string, string][] = [
    need,
    [l.unwantedEffect, record.unwantedEffect],
    [l.bedoeling, record.bedoeling],
    [a.labels.roomWithinRule, record.roomWithinRule],
    [l.proposal, record.proposal],
    [a.labels.ifNothingIsDone, record.ifNothingIsDone],
  ];
  return sections.filter(([, text]) => text).map(([label, text]) => ({ type: "text", text: `*${label}*\n${text}` }));
}

/** The decision (with its owner), escalation or pause, as it should read in the thread and the submitter's DM. */
export function outcomeLines(record: CaseRecord, language: Language): string | undefined {
  return statusLines(record, language, true);
}

function statusLines(record: CaseRecord, language: Language, withOwner: boolean): string | undefined {
  const t = caseTexts[language];
  const l = t.labels;
  if (record.status === "decided" || (record.status === "closed" && record.outcome)) return decisionLines(record, language, withOwner);
  if (record.status === "escalated") return `*${l.escalatedTo}*: ${record.escalatedTo}\n*${l.question}*: ${record.escalationQuestion}`;
  if (record.status === "settling" && record.pausedUntil) return `*${l.pausedUntil}*: ${record.pausedUntil}`;
  if (record.status === "closed") return `*${l.closeReason}*: ${record.closeReason ?? ""}`;
  return undefined;
}

/** What was decided, at which level, weighing which public values, and why (seeds-brief §4.7, §6 item 18). */
function decisionLines(record: CaseRecord, language: Language, withOwner: boolean): string {
  const t = caseTexts[language];
  const a = caseArgumentTexts[language];
  const lines = [`*${t.labels.outcome}*: ${record.outcome ? t.outcome[record.outcome] : ""}`];
  if (record.decisionLevel) lines.push(`*${a.labels.decisionLevel}*: ${a.decisionLevel[record.decisionLevel]}`);
  const values = [...record.publicValues.map((value) => a.publicValue[value]), ...(record.otherValues ? [record.otherValues] : [])];
  if (values.length > 0) lines.push(`*${a.labels.publicValues}*: ${values.join(", ")}`);
  lines.push(`*${t.labels.reasons}*: ${record.reasons ?? ""}`);
  // Names are resolved on the platform when a message is shown; this text is written before that.
  if (withOwner && record.owner) lines.push(`*${t.labels.owner}*: ${record.owner}`);
  return lines.join("\n");
}

/** Precedents: the closest earlier cases with what was decided. */
/**
 * Precedents: how similar earlier cases went. Whoever may not read a case (it is another team's, see
 * /casus status) sees only when it was and how it ended, without reference, title or reasons.
 */
export function similarCasesMessage(
  similar: CaseRecord[],
  timezone: string,
  language: Language,
  mayRead: (record: CaseRecord) => boolean,
): Message | undefined {
  if (similar.length === 0) return undefined;
  const t = caseTexts[language];
  const lines = similar.map((item) => {
    const date = formatDate(new Date(item.createdAt), timezone, language);
    const outcome = item.outcome ? t.outcome[item.outcome] : t.labels.noDecisionYet;
    if (!mayRead(item)) return `- ${t.labels.otherTeamCase} (${date}, ${t.status[item.status]}) — ${outcome}`;
    const decision = item.outcome ? `${outcome}: ${clip(item.reasons ?? "", 160)}` : outcome;
    return `- *${item.reference}* ${item.title} (${date}, ${t.status[item.status]}) — ${decision}`;
  });
  const text = `*${t.labels.similar}*\n${lines.join("\n")}`;
  return { text, blocks: [{ type: "text", text }] };
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
