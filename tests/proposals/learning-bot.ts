import type { Reply, UserRef } from "../../src/chat/vocabulary.ts";
import { parseConfig } from "../../src/config/load-config.ts";
import { GOOD_CASE, noticeText, pressButton, submitCase, submitMove } from "../support/core-actions.ts";
import { allText, RecordingPlatform } from "../support/recording-platform.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

// Two teams with a lead each, and an addressee beyond them: the cast of the learning loop's tests.

export const people = {
  anna: { platform: "console", id: "anna" } as UserRef, // employee of kcc
  lisa: { platform: "console", id: "lisa" } as UserRef, // lead of kcc
  omar: { platform: "console", id: "omar" } as UserRef, // employee of wmo
  noor: { platform: "console", id: "noor" } as UserRef, // lead of wmo
  bram: { platform: "console", id: "bram" } as UserRef, // policy officer: answers for "beleid"
};

export interface LearningBot extends TestBot {
  chat: RecordingPlatform;
  /** Submits a case and returns its id. */
  bringIn(who: UserRef, values?: Record<string, string>): Promise<number>;
  /** Takes a case and decides it, as the lead of its team. */
  decide(caseId: number, lead: UserRef): Promise<void>;
  /** Top-level messages in a channel, as text. */
  channel(conversationId: string): string[];
  /** Every thread reply under a message, as text. */
  thread(messageId: string): string;
  directsTo(who: UserRef): string;
  caseMessageId(caseId: number): string;
}

export function createLearningBot(extra: Record<string, unknown> = {}): LearningBot {
  const parsed = parseConfig({
    timezone: "Europe/Amsterdam",
    teams: [
      { key: "kcc", name: "Klantcontactcentrum", leads: ["console:lisa"] },
      { key: "wmo", name: "Wmo-team", leads: ["console:noor"] },
    ],
    addressees: [{ key: "beleid", name: "Beleid Werk en Inkomen", people: ["console:bram"] }],
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  const test = createTestBot(parsed.config);
  const chat = new RecordingPlatform();
  test.bot.connect(chat);
  return {
    ...test,
    chat,
    async bringIn(who, values = {}) {
      const reply = await submitCase(test.bot, who, { ...GOOD_CASE, ...values });
      if (!/G-2026-\d{4}/.test(noticeText(reply))) throw new Error(`case refused: ${JSON.stringify(reply)}`);
      return test.db.prepare("SELECT max(id) FROM cases").pluck().get() as number;
    },
    async decide(caseId, lead) {
      await pressButton(test.bot, lead, "case.take", caseId);
      const reply = await submitMove(test.bot, lead, caseId, "decide", {
        outcome: "rule-change-proposed",
        reasons: "De norm gaat uit van gedeelde kosten; die zijn er hier niet. We stellen voor de regel aan te passen.",
      });
      if (reply.kind !== "notice") throw new Error(`decision refused: ${JSON.stringify(reply)}`);
    },
    channel: (conversationId) => chat.textOf(conversationId),
    thread: (messageId) =>
      chat.posts
        .filter((post) => post.ref.threadId === messageId)
        .map((post) => allText(post.message))
        .join("\n"),
    directsTo: (who) =>
      chat.directs
        .filter((direct) => direct.user.id === who.id)
        .map((direct) => allText(direct.message))
        .join("\n"),
    caseMessageId: (caseId) => test.db.prepare("SELECT message_id FROM case_posts WHERE case_id = ?").pluck().get(caseId) as string,
  };
}

export function formOf(reply: Reply) {
  if (reply.kind !== "open-form") throw new Error(`expected a form, got ${JSON.stringify(reply)}`);
  return reply.form;
}

/** The values a form would send as it was opened (prefilled), with the person's own on top. */
export function filledIn(reply: Reply, values: Record<string, string>): Record<string, string> {
  const initial = Object.fromEntries(formOf(reply).fields.flatMap((field) => (field.initial ? [[field.name, field.initial]] : [])));
  return { ...initial, ...values };
}
