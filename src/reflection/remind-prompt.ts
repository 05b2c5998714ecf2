import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { textMessage } from "../chat/vocabulary.ts";
import { enqueuePost } from "../outbox/platform-effects.ts";
import { inTransaction } from "../storage/database.ts";
import { isWorkingDay } from "../time/holidays.ts";
import { formatDay } from "../time/format.ts";
import { localParts } from "../time/local-time.ts";
import { listPromptPosts, listRunsToRemind, markReminded } from "./prompt-run-store.ts";
import { reflectionTexts } from "./reflection-texts.ts";

/**
 * One reminder per prompt, never more: in the prompt's thread, the working day before it closes,
 * during office hours. Nobody is named or chased (seeds-brief §6: no nagging, no pressure).
 */
export async function remindOpenPrompts(core: Core): Promise<number> {
  const now = core.clock.now();
  const tz = core.config.timezone;
  const hour = localParts(now, tz).hour;
  if (!isWorkingDay(now, tz) || hour < 9 || hour >= 17) return 0;
  const dayAhead = new Date(now.getTime() + 24 * 3_600_000).toISOString();
  const runs = listRunsToRemind(core.db, now.toISOString(), dayAhead);
  let reminded = 0;
  for (const run of runs) {
    const language = languageOf(core, findTeam(core, run.team));
    const text = reflectionTexts[language].reminder(formatDay(new Date(run.closesAt), tz, language));
    const isClaimed = inTransaction(core.db, () => {
      if (!markReminded(core.db, run.id, now.toISOString())) return false;
      for (const post of listPromptPosts(core.db, run.id)) enqueuePost(core, post.platform, post.conversationId, textMessage(text), post.messageId);
      return true;
    });
    if (isClaimed) reminded += 1;
  }
  await core.outbox.whenIdle();
  return reminded;
}
