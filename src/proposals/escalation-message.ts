import type { Block, Language, Message } from "../chat/vocabulary.ts";
import type { CaseRecord } from "../cases/case-model.ts";
import { caseTexts } from "../cases/case-texts.ts";
import type { EscalationRecord } from "./escalation-store.ts";
import { escalationTexts } from "./escalation-texts.ts";

/** The escalation as its addressee sees it: the question, what the team does meanwhile, by when, and the case. */
export function escalationMessage(escalation: EscalationRecord, record: CaseRecord, teamName: string, language: Language): Message {
  const t = escalationTexts[language];
  const l = t.labels;
  const heading = t.heading(record.reference, record.title);
  const blocks: Block[] = [
    { type: "heading", text: heading },
    {
      type: "fields",
      fields: [
        { label: l.status, value: t.status[escalation.status] },
        { label: l.from, value: teamName },
        { label: l.to, value: escalation.addresseeName },
        { label: l.dueOn, value: escalation.dueOn },
        { label: l.rule, value: `${record.rule} (${caseTexts[language].ruleLevel[record.ruleLevel]})` },
      ],
    },
    { type: "text", text: `*${l.question}*\n${escalation.question}` },
  ];
  if (escalation.interimMeasure) blocks.push({ type: "text", text: `*${l.interim}*\n${escalation.interimMeasure}` });
  blocks.push({ type: "text", text: `*${l.situation}*\n${record.situation}` }, { type: "text", text: `*${l.bedoeling}*\n${record.bedoeling}` });
  if (escalation.status === "answered") blocks.push({ type: "text", text: answerLines(escalation, language) });
  if (escalation.status === "waiting") blocks.push({ type: "buttons", buttons: [answerButton(escalation, language)] });
  return { text: `${heading} (${t.status[escalation.status]})`, blocks };
}

export function answerButton(escalation: EscalationRecord, language: Language) {
  return { label: escalationTexts[language].answerButton, action: "escalation.answer", value: String(escalation.id), style: "primary" as const };
}

export function answerLines(escalation: EscalationRecord, language: Language): string {
  const l = escalationTexts[language].labels;
  return `*${l.answer}*: ${escalation.answer ?? ""}\n*${l.reasons}*: ${escalation.reasons ?? ""}`;
}
