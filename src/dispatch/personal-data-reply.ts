import type { Core } from "./core.ts";
import type { Language, Message, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser } from "../chat/vocabulary.ts";
import { listEntries } from "../logbook/logbook-store.ts";
import { personalData } from "../operations/personal-data-queries.ts";
import { countDeferrals } from "../reflection/deferral-store.ts";
import { dispatchTexts } from "./dispatch-texts.ts";
import { lookbackTexts, type LookbackLine } from "../proposals/lookback-texts.ts";

/** AVG inzage in the chat: what is stored about the person asking, with their own answers in full. */
export function showPersonalData(core: Core, user: UserRef, language: Language): Reply {
  const data = personalData(core.db, user);
  const entries = listEntries(core.db, formatUser(user)).length;
  const summary = dispatchTexts[language].personalData(data.answers.length, entries, data.cases.length, data.caseEvents.length);
  const answers = (data.answers as { prompt: string; text: string; score: number | null; createdAt: string }[]).map(
    (answer) => `- ${answer.createdAt.slice(0, 10)} ${answer.prompt}: ${answer.score ?? ""} ${answer.text}`.trim(),
  );
  const message: Message = { text: summary, blocks: [{ type: "text", text: summary }] };
  const deferred = countDeferrals(core.db, formatUser(user));
  if (deferred.skips || deferred.laters) message.blocks.push({ type: "context", text: dispatchTexts[language].deferrals(deferred.skips, deferred.laters) });
  if (answers.length > 0) message.blocks.push({ type: "text", text: answers.slice(0, 40).join("\n") });
  const lookbacks = data.lookbacks as LookbackLine[];
  if (lookbacks.length > 0) message.blocks.push({ type: "text", text: lookbackTexts[language].mine(lookbacks) });
  return { kind: "notice", message };
}
