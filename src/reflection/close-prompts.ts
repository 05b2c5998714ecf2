import type { Core } from "../dispatch/core.ts";
import { inTransaction } from "../storage/database.ts";
import { enqueuePromptRefresh } from "./answer-effects.ts";
import { listEndedRunsNotShownClosed, markShownClosed } from "./prompt-run-store.ts";

/**
 * When a prompt closes its posts show so (no answer button) with the final pulse average. Each run is
 * claimed once, so a restart or a second process shows it once.
 */
export async function closeEndedPrompts(core: Core): Promise<number> {
  const now = core.clock.now().toISOString();
  const ended = listEndedRunsNotShownClosed(core.db, now);
  let closed = 0;
  for (const runId of ended) {
    const isClaimed = inTransaction(core.db, () => {
      if (!markShownClosed(core.db, runId, now)) return false;
      enqueuePromptRefresh(core, runId);
      return true;
    });
    if (isClaimed) closed += 1;
  }
  await core.outbox.whenIdle();
  return closed;
}
