import type { Block, Language, Message } from "../chat/vocabulary.ts";
import { formatDate } from "../time/format.ts";
import { movesFrom, type CaseRecord } from "./case-model.ts";
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
  ];
  if (record.unwantedEffect) blocks.push({ type: "text", text: `*${l.unwantedEffect}*\n${record.unwantedEffect}` });
  blocks.push({ type: "text", text: `*${l.bedoeling}*\n${record.bedoeling}` });
  if (record.proposal) blocks.push({ type: "text", text: `*${l.proposal}*\n${record.proposal}` });
  const outcome = outcomeLines(record, language);
  if (outcome) blocks.push({ type: "text", text: outcome });
  const moves = movesFrom(record.status);
  if (moves.length > 0) {
    blocks.push({
      type: "buttons",
      buttons: moves.map((move) => ({
        label: t.move[move],
        action: `case.${move}`,
        value: String(record.id),
        style: move === "decide" ? ("primary" as const) : undefined,
      })),
    });
  }
  return { text: `${record.reference} · ${record.title} (${t.status[record.status]})`, blocks };
}

/** The decision, escalation or pause, as it should read in the case and the submitter's DM. */
export function outcomeLines(record: CaseRecord, language: Language): string | undefined {
  const t = caseTexts[language];
  const l = t.labels;
  if (record.status === "decided" || (record.status === "closed" && record.outcome)) {
    return `*${l.outcome}*: ${record.outcome ? t.outcome[record.outcome] : ""}\n*${l.reasons}*: ${record.reasons ?? ""}`;
  }
  if (record.status === "escalated") return `*${l.escalatedTo}*: ${record.escalatedTo}\n*${l.question}*: ${record.escalationQuestion}`;
  if (record.status === "settling" && record.pausedUntil) return `*${l.pausedUntil}*: ${record.pausedUntil}`;
  if (record.status === "closed") return `*${l.closeReason}*: ${record.closeReason ?? ""}`;
  return undefined;
}

/** Precedents: the closest earlier cases with what was decided. */
export function similarCasesMessage(similar: CaseRecord[], timezone: string, language: Language): Message | undefined {
  if (similar.length === 0) return undefined;
  const t = caseTexts[language];
  const lines = similar.map((item) => {
    const decision = item.outcome ? `${t.outcome[item.outcome]}: ${clip(item.reasons ?? "", 160)}` : t.labels.noDecisionYet;
    const date = formatDate(new Date(item.createdAt), timezone, language);
    return `- *${item.reference}* ${item.title} (${date}, ${t.status[item.status]}) — ${decision}`;
  });
  const text = `*${t.labels.similar}*\n${lines.join("\n")}`;
  return { text, blocks: [{ type: "text", text }] };
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
