import type { ChatPlatform } from "../chat/chat-platform.ts";
import type { Platform } from "../chat/vocabulary.ts";
import { checkUserId, isAadObjectId } from "../operations/check-user-id.ts";
import { forgetUser } from "../operations/forget-user.ts";
import type { Db } from "../storage/database.ts";
import type { CliOutput, ExitCode } from "./cli-output.ts";
import { erasureReportLines, refusalText } from "./erasure-texts.ts";

/** The platforms this process can reach, built from its settings by the composition root. */
export interface OpenedPlatforms {
  platforms: ReadonlyMap<Platform, ChatPlatform>;
  close(): Promise<void>;
}

export interface ForgetUserOptions {
  db: Db;
  who: string | undefined;
  now: Date;
  /** Only called once the id is known to be plausible, so a typo does not start any platform. */
  openPlatforms: () => Promise<OpenedPlatforms>;
  output: CliOutput;
}

/**
 * `forget-user PLATFORM:ID`: AVG erasure with the counts of what was removed. Exits 2 for an id that
 * cannot be a person, and 1 when a post of the bot could not be deleted (it is listed for the operator).
 */
export async function forgetUserCommand({ db, who, now, openPlatforms, output }: ForgetUserOptions): Promise<ExitCode> {
  const check = checkUserId(who);
  if (!check.ok) {
    output.err(refusalText(who, check));
    return 2;
  }
  const opened = await openPlatforms();
  let report;
  try {
    report = await forgetUser({ db, platforms: opened.platforms, now }, check.user);
  } finally {
    await opened.close();
  }
  for (const line of erasureReportLines(who!.trim(), report, isAadObjectId(check.user))) output.out(line);
  return report.posts.remaining.length > 0 ? 1 : 0;
}
