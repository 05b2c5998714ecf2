import type { RunningBot } from "../../src/composition/create-bot.ts";
import type { Interaction, Reply, UserRef } from "../../src/chat/vocabulary.ts";

// Acting on the core as an adapter would: through bot.handle with neutral interactions, then waiting
// until what the interaction started in the background (thread replies, DMs) has been shown.

export const anna: UserRef = { platform: "console", id: "anna" };
export const lisa: UserRef = { platform: "console", id: "lisa" };
export const bram: UserRef = { platform: "console", id: "bram" };

export const GOOD_CASE = {
  title: "Kleinzoon tijdelijk inwonend, korting op aanvulling",
  situation: "Alleenstaande oudere met AOW en aanvulling; haar kleinzoon (student) woont tijdelijk bij haar zonder inkomen.",
  rule: "Kostendelersnorm",
  ruleLevel: "law",
  bedoeling: "Bestaanszekerheid: de norm gaat uit van gedeelde kosten, die zijn er hier niet.",
  unwantedEffect: "Haar uitkering daalt van 70% naar 50% van het sociaal minimum.",
  proposal: "Tijdelijk buiten de norm laten.",
  urgency: "high",
  team: "kcc",
  isAnonymous: "false",
};

async function act(bot: RunningBot, interaction: Interaction): Promise<Reply> {
  const reply = await bot.handle(interaction);
  await bot.whenIdle();
  return reply;
}

export function submitCase(bot: RunningBot, user: UserRef, values: Record<string, string>, context = "{}"): Promise<Reply> {
  return act(bot, { kind: "form-submit", user, place: {}, formId: "case.submit", context, values });
}

export function pressButton(bot: RunningBot, user: UserRef, action: string, value: string | number): Promise<Reply> {
  return act(bot, { kind: "button", user, place: {}, action, value: String(value) });
}

export function submitMove(bot: RunningBot, user: UserRef, caseId: number, move: string, values: Record<string, string>): Promise<Reply> {
  return act(bot, { kind: "form-submit", user, place: {}, formId: "case.move", context: JSON.stringify({ case: caseId, move }), values });
}

export function submitAnswer(bot: RunningBot, user: UserRef, runId: number, values: Record<string, string>): Promise<Reply> {
  return act(bot, { kind: "form-submit", user, place: {}, formId: "answer.submit", context: JSON.stringify({ run: runId }), values });
}

export function noticeText(reply: Reply): string {
  return reply.kind === "notice" || reply.kind === "show-home" ? reply.message.text : "";
}
