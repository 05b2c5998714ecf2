// Every failure the Teams adapter raises carries a stable code, and this is the one place where the
// Agents SDK's errors (HttpError with a status, our transport's give-ups) are translated.

export type TeamsErrorCode =
  /** The settings cannot build the SDK's authentication configuration (e.g. SingleTenant without tenant). */
  | "teams_settings_invalid"
  /** No stored conversation reference: the app is not installed there (or never spoke there). */
  | "teams_conversation_unknown"
  /** Teams answered 403/404 for this conversation once; it is not tried again until it is re-installed. */
  | "teams_conversation_unreachable"
  /** The message to update no longer exists (deleted by a person). */
  | "teams_message_gone"
  /** Unauthenticated local mode: a call to anything but this machine is not made. */
  | "teams_service_url_refused"
  /** Retries (429, 5xx, time-outs) were used up. */
  | "teams_delivery_failed"
  /** A post timed out: Teams may have shown it. The outbox sends it again later and shows it meanwhile. */
  | "teams_delivery_unknown"
  /** Anything else the Bot Connector refused. */
  | "teams_request_failed";

export class TeamsError extends Error {
  override readonly name = "TeamsError";

  constructor(
    readonly code: TeamsErrorCode,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The HTTP status of a failed Bot Connector call, when there was a response. */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof TeamsError) return error.status;
  if (error && typeof error === "object") {
    const candidate = (error as { statusCode?: unknown; status?: unknown }).statusCode ?? (error as { status?: unknown }).status;
    if (typeof candidate === "number") return candidate;
  }
  return undefined;
}

/** Wraps whatever the SDK threw into a coded error; `what` says which call failed, never with content. */
export function toTeamsError(error: unknown, what: string): TeamsError {
  if (error instanceof TeamsError) return error;
  const status = statusOf(error);
  return new TeamsError("teams_request_failed", `${what} failed${status ? ` with HTTP ${status}` : ""}`, status, { cause: error });
}
