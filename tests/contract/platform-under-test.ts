import type { ChatPlatform } from "../../src/chat/chat-platform.ts";
import type { MessageRef, UserRef } from "../../src/chat/vocabulary.ts";

// What each implementation hands the contract (chat-platform-contract.ts): the platform, and a way to
// see what people on it would see.

/** A picture or file a person can open, as the platform handed it over. */
export interface DeliveredFile {
  bytes: Buffer;
  /** The text alternative the platform attached to it, where it attaches one. */
  alt?: string;
}

/** What a person on the platform sees, read back from the platform's side (a fake server, the terminal). */
export interface PlatformView {
  /** The message as it now reads, or undefined when it is not (or no longer) there. */
  textOf(ref: MessageRef): string | undefined;
  /** Top-level messages of a conversation, oldest first: thread replies are not among them. */
  topLevelIn(conversationId: string): string[];
  /** The replies in a message's thread, oldest first. */
  repliesTo(parent: MessageRef): string[];
  /** What reached the person directly, oldest first. */
  directsTo(user: UserRef): string[];
  /** Pictures and files that came with a message (in it, in its thread, or saved where its text says). */
  filesOf(ref: MessageRef): DeliveredFile[];
}

export interface PlatformUnderTest {
  platform: ChatPlatform;
  view: PlatformView;
  /** A conversation the bot may post in (a team channel), and how many people are in it. */
  conversation: { id: string; members: number };
  /** Someone the platform knows, with the name it shows for them. */
  person: { user: UserRef; displayName: string };
  close(): Promise<void>;
}

/** What differs between platforms, as the port allows. */
export interface PlatformTraits {
  /**
   * A conversation the platform does not know, and the error code it reports for it; "every" for a
   * platform on which any conversation exists once posted to (the console).
   */
  unknownConversation: { id: string; code: string } | "every";
  /** Whether a post from the outbox that may have gone out already is found by its delivery key (port: post). */
  findsEarlierPosts: boolean;
}
