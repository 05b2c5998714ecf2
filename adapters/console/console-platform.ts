import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ChatPlatform, ResolvedUser } from "../../src/chat/chat-platform.ts";
import type { Block, Button, Message, MessageRef, UserRef } from "../../src/chat/vocabulary.ts";
import { consoleTexts } from "./console-texts.ts";
import { toTerminalText } from "./to-terminal-text.ts";

export interface ConsoleMessage {
  ref: MessageRef;
  message: Message;
}

export interface ShownButton {
  button: Button;
  ref: MessageRef;
}

/** The console's "server": messages live in memory and are printed as they arrive or change. */
export class ConsolePlatform implements ChatPlatform {
  readonly platform = "console" as const;
  private nextId = 1;
  private nextButton = 1;
  readonly buttons = new Map<number, ShownButton>();
  /** Every message as it currently reads, in the order posted (direct ones under "@person"); direct messages by person. */
  readonly messages = new Map<string, ConsoleMessage>();
  readonly directMessages = new Map<string, Message[]>();

  constructor(
    private readonly write: (text: string) => void,
    private readonly people: readonly string[],
    /** Where pictures (the digest's charts) are written: next to the database by default. */
    private readonly imageDirectory = "data",
  ) {}

  async post(conversationId: string, message: Message, threadId?: string): Promise<MessageRef> {
    const ref: MessageRef = { platform: "console", conversationId, messageId: `m${this.nextId++}`, threadId };
    const where = threadId ? `${conversationId} › draad ${threadId}` : conversationId;
    this.messages.set(ref.messageId, { ref, message });
    this.print(`[${where}] ${ref.messageId}`, message, ref);
    return ref;
  }

  /** A message not in this session's memory (deleted, or shown by an earlier session) is gone: nothing to update. */
  async update(ref: MessageRef, message: Message): Promise<void> {
    const known = this.messages.get(ref.messageId);
    if (!known) return;
    known.message = message;
    this.print(`[${ref.conversationId}] ${ref.messageId} bijgewerkt`, message, ref);
  }

  /** The console's messages live only in this session's memory; one that is not there is already gone. */
  async deleteMessage(ref: MessageRef): Promise<void> {
    if (!this.messages.delete(ref.messageId)) return;
    for (const [number, shown] of this.buttons) if (shown.ref.messageId === ref.messageId) this.buttons.delete(number);
    this.write(`\n[${ref.conversationId}] ${ref.messageId} verwijderd\n`);
  }

  async sendDirect(user: UserRef, message: Message): Promise<void> {
    const ref: MessageRef = { platform: "console", conversationId: `@${user.id}`, messageId: `m${this.nextId++}` };
    this.directMessages.set(user.id, [...(this.directMessages.get(user.id) ?? []), message]);
    this.messages.set(ref.messageId, { ref, message });
    this.print(`[privébericht aan ${user.id}]`, message, ref);
  }

  async resolveUser(user: UserRef): Promise<ResolvedUser> {
    return { id: user.id, displayName: user.id.charAt(0).toUpperCase() + user.id.slice(1) };
  }

  async countMembers(): Promise<number | undefined> {
    return this.people.length;
  }

  /** Prints a message that only the acting person sees (an answer to what they did). */
  showPrivately(user: string, message: Message, ref?: MessageRef): void {
    this.print(`[alleen voor ${user}]`, message, ref ?? { platform: "console", conversationId: `@${user}`, messageId: "notice" });
  }

  private print(header: string, message: Message, ref: MessageRef): void {
    const shown = { ...message, blocks: message.blocks.map((block) => this.showImage(block)) };
    const body = toTerminalText(shown, (blockIndex, buttonIndex) => {
      const number = this.nextButton++;
      const block = message.blocks[blockIndex];
      if (block?.type === "buttons") this.buttons.set(number, { button: block.buttons[buttonIndex]!, ref });
      return number;
    });
    this.write(`\n${header}\n${body}\n`);
  }

  /** A terminal cannot show a picture: it is written as a PNG file, and its path and text alternative are printed. */
  private showImage(block: Block): Block {
    if (block.type === "file") return this.saveFile(block);
    if (block.type !== "image") return block;
    const png = Buffer.from(block.png, "base64");
    // Named by its content: the same chart is one file, and a new session never overwrites an older chart.
    const path = join(this.imageDirectory, `grafiek-${createHash("sha256").update(png).digest("hex").slice(0, 16)}.png`);
    mkdirSync(this.imageDirectory, { recursive: true, mode: 0o700 });
    writeFileSync(path, png, { mode: 0o600 });
    return { type: "text", text: `${consoleTexts.imageSaved(block.title, path)}\n${block.alt}` };
  }

  /** A file (the poster) is written next to the charts, readable by its owner only, and never over another file. */
  private saveFile(block: Extract<Block, { type: "file" }>): Block {
    const bytes = Buffer.from(block.content, "base64");
    const name = basename(block.filename).replace(/(\.[a-z0-9]+)?$/i, (extension) => `-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}${extension}`);
    const path = join(this.imageDirectory, name);
    mkdirSync(this.imageDirectory, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(path, bytes, { flag: "wx", mode: 0o600 });
    } catch (error) {
      // Named by its content: a file of that name holds these very bytes already.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return { type: "text", text: consoleTexts.fileSaved(block.title, path) };
  }
}
