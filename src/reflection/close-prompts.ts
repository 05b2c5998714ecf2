import type { Core } from "../app/core.ts";
import { inTransaction } from "../storage/database.ts";
import { enqueuePromptRefresh } from "./answer-effects.ts";

/**
 * When a prompt closes its posts show so (no answer button) with the final pulse average. Each run is
 * claimed once, so a restart or a second process shows it once.
 */
export async function closeEndedPrompts(core: Core): Promise<number> {
  const now = core.clock.now().toISOString();
  const ended = core.db.prepare("SELECT id FROM prompt_runs WHERE closed_shown_at IS NULL AND closes_at <= ?").pluck().all(now) as number[];
  let closed = 0;
  for (const runId of ended) {
    const isClaimed = inTransaction(core.db, () => {
      const claimed = core.db.prepare("UPDATE prompt_runs SET closed_shown_at = ? WHERE id = ? AND closed_shown_at IS NULL").run(now, runId);
      if (claimed.changes !== 1) return false;
      enqueuePromptRefresh(core, runId);
      return true;
    });
    if (isClaimed) closed += 1;
  }
  await core.outbox.whenIdle();
  return closed;
}
