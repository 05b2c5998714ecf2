import type { Core } from "./core.ts";

/**
 * Runs what shows an already saved change on a platform (an updated count, a thread reply, a DM).
 * The change is committed before anyone is told, so a platform that still fails after its own retries
 * must not turn a saved change into an error for the person; it is logged for operators instead.
 */
export async function showAfterCommit(core: Core, what: Record<string, unknown>, show: () => Promise<void>): Promise<void> {
  try {
    await show();
  } catch (error) {
    core.logger.warn({ ...what, err: error }, "a saved change could not be shown on a platform");
  }
}
