import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "./find-team.ts";
import { teamTargets } from "./team-targets.ts";
import type { Language, Platform } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { enqueue } from "../outbox/outbox-store.ts";
import type { OutboxTask } from "../outbox/outbox-worker.ts";
import { connectedPlatform } from "../outbox/platform-effects.ts";
import { formatDate } from "../time/format.ts";
import { findPurpose, listPurposePosts, savePurposePost } from "./purpose-store.ts";
import { nameOn } from "./name-on.ts";
import { purposeCheckMessage } from "./purpose-check-message.ts";
import { teamTexts } from "./team-texts.ts";

/** What a lead did that the team's channel is told about; `actor` is erased by forget-user while it waits. */
export type Announcement =
  | { note: "paused"; from: string; to: string }
  | { note: "resumed" }
  | { note: "purpose"; text: string };


/** Tells the team's channel on every platform; call it in the transaction that saves the change. */
export function enqueueAnnouncement(core: Core, team: TeamConfig, actor: string, announcement: Announcement): void {
  for (const target of teamTargets(core, team)) {
    const platform = target.platform.platform;
    const args = { team: team.key, platform, channel: target.channel, actor, ...announcement };
    enqueue(core.db, { lane: `${platform}:${target.channel}`, kind: "team.announce", args }, core.clock.now());
  }
}

/** The quarter's question, posted once per platform (see askPurposeCheck). */
export function enqueuePurposeCheck(core: Core, team: TeamConfig, quarter: string): void {
  for (const target of teamTargets(core, team)) {
    const platform = target.platform.platform;
    const args = { team: team.key, quarter, platform, channel: target.channel };
    enqueue(core.db, { lane: `${platform}:${target.channel}`, kind: "purpose.check", args }, core.clock.now());
  }
}

/** Shows an answered question (buttons gone, who answered) on every platform it was posted to. */
export function enqueuePurposeCheckRefresh(core: Core, team: string, quarter: string): void {
  enqueue(core.db, { lane: `purpose:${team}`, kind: "purpose.check-refresh", args: { team, quarter } }, core.clock.now());
}

export function teamTasks(core: Core): Record<string, OutboxTask> {
  return {
    "team.announce": async (args, delivery) => {
      const team = findTeam(core, String(args.team));
      if (!team) return;
      const language = languageOf(core, team);
      const platform = connectedPlatform(core, args.platform as Platform);
      const name = await nameOn(platform, (args.actor as string | null) ?? null, language);
      const text = announcementText(core, team, name, args as unknown as Announcement, language);
      await platform.post(String(args.channel), textMessage(text), undefined, delivery("announce"));
    },
    "purpose.check": async (args, delivery) => {
      const team = findTeam(core, String(args.team));
      const quarter = String(args.quarter);
      const isPosted = listPurposePosts(core.db, String(args.team), quarter).some((ref) => ref.platform === args.platform);
      if (!team || isPosted || !findPurpose(core.db, team.key)) return;
      const platform = connectedPlatform(core, args.platform as Platform);
      const message = await purposeCheckMessage(core, team, quarter, platform);
      savePurposePost(core.db, team.key, quarter, await platform.post(String(args.channel), message, undefined, delivery("purpose")));
    },
    "purpose.check-refresh": async (args) => {
      const team = findTeam(core, String(args.team));
      if (!team) return;
      for (const ref of listPurposePosts(core.db, team.key, String(args.quarter))) {
        const platform = connectedPlatform(core, ref.platform);
        await platform.update(ref, await purposeCheckMessage(core, team, String(args.quarter), platform));
      }
    },
  };
}

function announcementText(core: Core, team: TeamConfig, name: string, announcement: Announcement, language: Language): string {
  const t = teamTexts[language];
  const day = (key: string) => formatDate(new Date(`${key}T12:00:00Z`), core.config.timezone, language);
  switch (announcement.note) {
    case "paused":
      return t.pausedPost(name, team.name, day(announcement.from), day(announcement.to));
    case "resumed":
      return t.resumedPost(name, team.name);
    case "purpose":
      return t.purposePost(name, team.name, announcement.text);
  }
}
