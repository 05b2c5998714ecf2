import type { Core } from "./core.ts";
import type { Interaction, Reply } from "../chat/vocabulary.ts";
import { inTransaction } from "../storage/database.ts";
import { changesSoFar, claimDelivery, claimDeliveryWithoutFlush, releaseDelivery } from "../storage/deliveries.ts";

type Route = (core: Core, interaction: Interaction) => Promise<Reply>;

const NOTHING: Reply = { kind: "nothing" };
/** Thrown to roll back a claim that was all its transaction wrote (see routeOnce). */
const ONLY_THE_CLAIM = Symbol("only the claim");

/**
 * Routes an interaction once per delivery. Its keys are claimed in one write transaction with the start
 * of its route: what a use case saves before its first await (the case, the answer, the move) commits
 * together with the claim. A crash in between cannot leave a claimed delivery unsaved, whose repeat would
 * then be ignored; and a repeat, also from another process or after a restart, gets nothing.
 *
 * When the route saved nothing (it opens a form, shows a status), the claim alone is written again
 * without a flush to disk (synchronous = FULL cost a blocking fsync per /casus, in the acks' tail):
 * losing it in a power cut only lets a repeat open the form once more.
 */
export async function routeOnce(core: Core, interaction: Interaction, route: Route): Promise<Reply> {
  const keys = interaction.deliveryKeys;
  if (!keys?.length) return route(core, interaction);
  const platform = interaction.user.platform;
  const now = core.clock.now();
  let reply: Promise<Reply> | undefined;
  // Inside a caller's transaction (a test's), the safety level cannot change: the claim then stays as it is.
  const mayWriteLightly = !core.db.inTransaction;
  try {
    inTransaction(core.db, () => {
      const before = changesSoFar(core.db);
      if (!claimDelivery(core.db, platform, keys, now)) return;
      reply = route(core, interaction);
      if (mayWriteLightly && changesSoFar(core.db) - before === keys.length) throw ONLY_THE_CLAIM;
    });
  } catch (error) {
    if (error !== ONLY_THE_CLAIM) throw error;
    claimDeliveryWithoutFlush(core.db, platform, keys, now);
  }
  if (!reply) {
    core.logger.info({ platform, kind: interaction.kind }, "repeated delivery: handled once");
    return NOTHING;
  }
  const answer = await reply;
  // A refused form changed nothing: submitted again unchanged, it must be refused again, with its errors.
  if (answer.kind === "form-errors") releaseDelivery(core.db, platform, keys);
  return answer;
}
