import type { Core } from "./core.ts";

/**
 * Shows an already saved change on a platform (an updated count, a thread reply, a DM) after the
 * person has had their answer. The change is committed before anyone is told, so a platform that still
 * fails after its own retries must not turn a saved change into an error; it is logged instead.
 */
export function showAfterCommit(core: Core, what: Record<string, unknown>, show: () => Promise<void>): void {
  core.background.start(what, show);
}
