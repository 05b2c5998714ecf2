import { PLATFORMS, type Platform, type UserRef } from "../chat/vocabulary.ts";

export type UserIdProblem = "format" | "platform" | "shape";

export type UserIdCheck = { ok: true; user: UserRef } | { ok: false; problem: UserIdProblem; platform?: Platform };

/** Teams user ids as Teams sends them (29:…), and Entra ID (AAD) object ids, which admins look up. */
const TEAMS_USER_ID = /^29:[\w\-+/=.]{1,300}$/;
const AAD_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a person's id looks like on each platform, so that a typo is refused instead of "erased". */
const LOOKS_LIKE: Record<Platform, (id: string) => boolean> = {
  // Workspace users start with U, Enterprise Grid users with W (https://docs.slack.dev/reference/objects/user-object).
  slack: (id) => /^[UW][A-Z0-9]{2,20}$/.test(id),
  msteams: (id) => TEAMS_USER_ID.test(id) || AAD_OBJECT_ID.test(id),
  // The console's people are names of one word, as `/als anna` sets them.
  console: (id) => /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u.test(id),
};

/** Reads "platform:id" as an operator typed it and checks that the id is plausible for that platform. */
export function checkUserId(text: string | undefined): UserIdCheck {
  const value = text?.trim() ?? "";
  const colon = value.indexOf(":");
  if (colon <= 0 || colon === value.length - 1) return { ok: false, problem: "format" };
  const platform = value.slice(0, colon);
  if (!(PLATFORMS as readonly string[]).includes(platform)) return { ok: false, problem: "platform" };
  const known = platform as Platform;
  const id = value.slice(colon + 1);
  if (!LOOKS_LIKE[known](id)) return { ok: false, problem: "shape", platform: known };
  return { ok: true, user: { platform: known, id } };
}

/** An Entra ID object id: the bot stores Teams people under their 29: id, so this one rarely matches. */
export function isAadObjectId(user: UserRef): boolean {
  return user.platform === "msteams" && AAD_OBJECT_ID.test(user.id);
}
