import { dropItem, listOutbox, outboxStats, retryItem } from "../outbox/outbox-store.ts";
import type { Db } from "../storage/database.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";

const USAGE = "Gebruik: outbox [retry ID | drop ID]";

/**
 * `outbox`: what waits to be shown on Slack or Teams, and what was given up after its retries.
 * `outbox retry ID` sends a given-up item again; `outbox drop ID` removes an item for good.
 * Message texts are not printed: they may describe citizens' situations.
 */
export function outboxCommand(db: Db, args: string[], now: Date, output: CliOutput): ExitCode {
  const [action, rawId] = args;
  if (!action) return list(db, now, output);
  const id = Number(rawId);
  if ((action !== "retry" && action !== "drop") || !Number.isInteger(id) || id <= 0) {
    output.err(USAGE);
    return 2;
  }
  const isDone = action === "retry" ? retryItem(db, id, now) : dropItem(db, id);
  if (!isDone) {
    output.err(`Geen item ${id} in de outbox.`);
    return 1;
  }
  output.out(action === "retry" ? `Item ${id} wordt opnieuw verstuurd zodra de bot draait.` : `Item ${id} is verwijderd; het wordt niet meer verstuurd.`);
  return 0;
}

function list(db: Db, now: Date, output: CliOutput): ExitCode {
  const stats = outboxStats(db, now);
  output.out(`Outbox: ${stats.waiting} wachtend (oudste ${stats.oldestSeconds} s), ${stats.failed} opgegeven.`);
  for (const item of listOutbox(db)) {
    const age = Math.round((now.getTime() - Date.parse(item.createdAt)) / 1000);
    const state = item.status === "failed" ? "OPGEGEVEN" : `volgende poging ${item.notBefore}`;
    const error = item.lastError ? `, laatste fout ${item.lastError}` : "";
    output.out(`- ${item.id} ${item.kind} naar ${item.lane}: ${state}, ${item.attempts} pogingen, ${age} s oud${error}`);
  }
  return 0;
}
