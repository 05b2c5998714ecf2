import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConsolePlatform } from "../../adapters/console/console-platform.ts";
import type { MessageRef } from "../../src/chat/vocabulary.ts";
import { describeChatPlatformContract } from "./chat-platform-contract.ts";
import type { PlatformView } from "./platform-under-test.ts";

/** One print on the terminal: its header line ("[#kcc] m1", "[#kcc › draad m1] m2 bijgewerkt") and body. */
interface Printed {
  header: string;
  body: string;
}

/** Reads the terminal the way the person at it does: the latest print of a message is how it reads now. */
function viewOf(printed: Printed[]): PlatformView {
  const isAbout = (header: string, ref: MessageRef) => header.startsWith("[") && new RegExp(`\\] ${ref.messageId}( |$)`).test(header);
  const current = (ref: MessageRef): string | undefined => {
    const last = printed.filter((print) => isAbout(print.header, ref)).at(-1);
    return last && !last.header.endsWith(" verwijderd") ? last.body : undefined;
  };
  // Every message's latest state, in the order first printed.
  const messages = (where: (header: string) => boolean): string[] => {
    const ids = [...new Set(printed.filter((print) => where(print.header)).map((print) => /\] (m\d+)/.exec(print.header)?.[1] ?? ""))];
    return ids.flatMap((id) => current({ platform: "console", conversationId: "", messageId: id }) ?? []);
  };
  return {
    textOf: current,
    topLevelIn: (conversationId) => messages((header) => header.startsWith(`[${conversationId}] m`)),
    repliesTo: (parent) => messages((header) => header.startsWith(`[${parent.conversationId} › draad ${parent.messageId}]`)),
    directsTo: (user) => printed.filter((print) => print.header === `[privébericht aan ${user.id}]`).map((print) => print.body),
    // A file or chart is written to disk; the message says where.
    filesOf: (ref) => [...(current(ref) ?? "").matchAll(/opgeslagen in (\S+)/g)].map((match) => ({ bytes: readFileSync(match[1]!) })),
  };
}

describeChatPlatformContract("the console", { unknownConversation: "every", findsEarlierPosts: false }, async () => {
  const directory = mkdtempSync(join(tmpdir(), "console-contract-"));
  const printed: Printed[] = [];
  const write = (text: string) => {
    const [header = "", ...body] = text.replace(/^\n/, "").replace(/\n$/, "").split("\n");
    printed.push({ header, body: body.join("\n") });
  };
  return {
    platform: new ConsolePlatform(write, ["anna", "lisa", "bram"], directory),
    view: viewOf(printed),
    conversation: { id: "#kcc", members: 3 },
    person: { user: { platform: "console", id: "anna" }, displayName: "Anna" },
    close: async () => rmSync(directory, { recursive: true, force: true }),
  };
});
