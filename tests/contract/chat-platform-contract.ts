import { afterEach, describe, expect, it } from "vitest";
import type { Block, Delivery, Message, MessageRef } from "../../src/chat/vocabulary.ts";
import { dutchMessage, LONG_TEXT, SECOND_LONG_TEXT, TINY_PNG, words } from "./contract-messages.ts";
import type { PlatformTraits, PlatformUnderTest, PlatformView } from "./platform-under-test.ts";

/**
 * What the core relies on from every ChatPlatform (src/chat/chat-platform.ts), checked as a person on
 * that platform would notice it. Each implementation runs it with a factory for a fresh platform.
 */
export function describeChatPlatformContract(name: string, traits: PlatformTraits, start: () => Promise<PlatformUnderTest>): void {
  describe(`${name} keeps the ChatPlatform contract`, () => {
    let subject: PlatformUnderTest | undefined;
    afterEach(async () => {
      await subject?.close();
      subject = undefined;
    });
    const started = async () => (subject = await start());

    it("posts a message that people see in the conversation, and returns where it lives", async () => {
      const { platform, view, conversation } = await started();
      const ref = await platform.post(conversation.id, dutchMessage("Vraag van de week: wat had de cliënt écht nodig?"));
      expect(ref).toMatchObject({ platform: platform.platform, conversationId: conversation.id, messageId: expect.any(String) });
      expect(ref.threadId).toBeUndefined();
      expect(view.topLevelIn(conversation.id)).toHaveLength(1);
      expectShows(view.textOf(ref), "Vraag van de week: wat had de cliënt écht nodig?");
    });

    it("updates that same message in place, from its reference as stored: the new text, no second message", async () => {
      const { platform, view, conversation } = await started();
      const ref = await platform.post(conversation.id, dutchMessage("0 antwoorden"));
      // The outbox and the stores keep a reference as JSON, for updates long after the post.
      await platform.update(asStored(ref), dutchMessage("3 antwoorden — dank jullie wel 🙏"));
      expect(view.topLevelIn(conversation.id)).toHaveLength(1);
      expectShows(view.textOf(ref), "3 antwoorden — dank jullie wel 🙏");
      expect(view.textOf(ref)).not.toContain("0 antwoorden");
    });

    it("puts a reply in the thread of its message, and updates the reply there", async () => {
      const { platform, view, conversation } = await started();
      const parent = await platform.post(conversation.id, dutchMessage("G-2026-0042 · Wachttijd bij de balie"));
      const reply = await platform.post(conversation.id, dutchMessage("Anna: één keer terugbellen was genoeg"), parent.messageId);
      expect(reply).toMatchObject({ conversationId: conversation.id, threadId: parent.messageId });
      expect(view.topLevelIn(conversation.id)).toHaveLength(1);
      expect(view.repliesTo(parent).map(collapse)).toEqual([expect.stringContaining("Anna: één keer terugbellen was genoeg")]);

      await platform.update(asStored(reply), dutchMessage("Anna: twee keer terugbellen, achteraf"));
      expect(view.repliesTo(parent).map(collapse)).toEqual([expect.stringContaining("Anna: twee keer terugbellen, achteraf")]);
      expectShows(view.textOf(parent), "G-2026-0042 · Wachttijd bij de balie");
    });

    it("sends a direct message that reaches that person, every time, in order", async () => {
      const { platform, view, person } = await started();
      await platform.sendDirect(person.user, dutchMessage("Je casus G-2026-0042 is besloten."));
      await platform.sendDirect(person.user, dutchMessage("Terugblik: heeft het besluit geholpen?"));
      expect(view.directsTo(person.user).map(collapse)).toEqual([
        expect.stringContaining("Je casus G-2026-0042 is besloten."),
        expect.stringContaining("Terugblik: heeft het besluit geholpen?"),
      ]);
    });

    it("deletes a message so nobody sees it any more, and a message already gone counts as deleted", async () => {
      const { platform, view, conversation } = await started();
      const parent = await platform.post(conversation.id, dutchMessage("Vraag van de week"));
      const answer = await platform.post(conversation.id, dutchMessage("Bram: mijn antwoord"), parent.messageId);
      await platform.deleteMessage(asStored(answer));
      expect(view.textOf(answer)).toBeUndefined();
      expect(view.repliesTo(parent)).toEqual([]);
      await expect(platform.deleteMessage(answer)).resolves.toBeUndefined();
      expectShows(view.textOf(parent), "Vraag van de week");
    });

    it("updates a message that someone removed by doing nothing: no error to retry, nothing shown again", async () => {
      const { platform, view, conversation } = await started();
      const prompt = await platform.post(conversation.id, dutchMessage("Vraag van de week"));
      await platform.deleteMessage(asStored(prompt));
      await expect(platform.update(asStored(prompt), dutchMessage("Vraag van de week: 12 antwoorden"))).resolves.toBeUndefined();
      expect(view.textOf(prompt)).toBeUndefined();
      expect(view.topLevelIn(conversation.id).join("\n")).not.toContain("12 antwoorden");
    });

    it("names a person as the platform shows them", async () => {
      const { platform, person } = await started();
      await expect(platform.resolveUser(person.user)).resolves.toEqual({ id: person.user.id, displayName: person.displayName });
    });

    it("counts the people in a conversation, for answer rates", async () => {
      const { platform, conversation } = await started();
      await expect(platform.countMembers(conversation.id)).resolves.toBe(conversation.members);
    });

    it("shows Dutch text as written: accents, emoji, and long texts past one block's limit", async () => {
      const { platform, view, conversation } = await started();
      const message: Message = {
        text: "Overzicht week 13 — Werk & Inkomen",
        blocks: [
          { type: "heading", text: "Overzicht week 13 — Werk & Inkomen 🚲" },
          { type: "text", text: LONG_TEXT },
          { type: "context", text: "Geïnteresseerd? Zo’n café-overleg in ’s-Hertogenbosch kost € 1.250,50 👍🏽 🇳🇱" },
          { type: "text", text: SECOND_LONG_TEXT },
        ],
      };
      const ref = await platform.post(conversation.id, message);
      const shown = collectText(view, ref);
      for (const block of message.blocks) if ("text" in block) expect(containsWords(shown, block.text), block.text.slice(0, 40)).toBe(true);
    });

    it("hands over a chart, with its text alternative, or shows that text instead", async () => {
      const { platform, view, conversation } = await started();
      const chart: Extract<Block, { type: "image" }> = {
        type: "image",
        png: TINY_PNG.toString("base64"),
        title: "Deelname per week",
        alt: "Deelname per week: week 12 acht van de tien mensen, week 13 zes; één week pauze.",
      };
      const ref = await platform.post(conversation.id, { text: "Weekoverzicht", blocks: [{ type: "heading", text: "Weekoverzicht" }, chart] });
      const picture = view.filesOf(ref).find((file) => file.bytes.equals(TINY_PNG));
      const altShown = containsWords(collectText(view, ref), chart.alt);
      expect(picture !== undefined || altShown, "the chart or its text alternative reaches people").toBe(true);
      expect(picture?.alt === chart.alt || altShown, "the text alternative reaches people").toBe(true);
    });

    it("hands over a file, or shows the text that says where to get it", async () => {
      const { platform, view, conversation } = await started();
      const bytes = Buffer.from("<!doctype html><title>Kwartaalposter — één kwartaal</title>", "utf8");
      const file: Extract<Block, { type: "file" }> = {
        type: "file",
        filename: "kwartaalposter-2026-k1.html",
        mediaType: "text/html",
        content: bytes.toString("base64"),
        title: "Kwartaalposter 2026 K1",
        text: "Maak dezelfde pagina met npm run cli -- report --organisation --out poster.html",
      };
      const ref = await platform.post(conversation.id, { text: "Kwartaalposter", blocks: [{ type: "text", text: "Het kwartaal in beeld." }, file] });
      const isDelivered = view.filesOf(ref).some((delivered) => delivered.bytes.equals(bytes));
      expect(isDelivered || containsWords(collectText(view, ref), file.text)).toBe(true);
    });

    it("posts a message from the outbox that carries its delivery key, once", async () => {
      const { platform, view, conversation } = await started();
      const ref = await platform.post(conversation.id, dutchMessage("Ingeplande vraag"), undefined, deliveryOf("ob-7-prompt", false));
      expect(view.topLevelIn(conversation.id)).toHaveLength(1);
      expectShows(view.textOf(ref), "Ingeplande vraag");
    });

    const { unknownConversation } = traits;
    if (unknownConversation === "every") {
      it("has every conversation: a post to one never used before shows there", async () => {
        const { platform, view } = await started();
        const ref = await platform.post("#nieuw-kanaal", dutchMessage("Eerste bericht"));
        expectShows(view.textOf(ref), "Eerste bericht");
      });
    } else {
      it("reports a conversation it cannot post in with a coded error, without the message's text", async () => {
        const { platform, view, conversation } = await started();
        const failure = await platform.post(unknownConversation.id, dutchMessage("Geheime casustekst")).then(
          () => undefined,
          (error: unknown) => error,
        );
        // The outbox keeps the code as the item's last error, and forget-user lists it: never content.
        expect(failure).toBeInstanceOf(Error);
        expect(failure).toMatchObject({ code: unknownConversation.code });
        expect((failure as Error).message).not.toContain("Geheime casustekst");
        expect(view.topLevelIn(conversation.id)).toEqual([]);
      });

      it("counts nobody in a conversation it does not know, so the digest leaves out the answer rate", async () => {
        const { platform } = await started();
        await expect(platform.countMembers(unknownConversation.id)).resolves.toBeUndefined();
      });
    }

    const repeatTitle = traits.findsEarlierPosts
      ? "finds a post from the outbox that went out already, instead of posting it twice"
      : "posts again when the outbox says an earlier attempt may have gone out: a possible duplicate, never a lost message";
    it(repeatTitle, async () => {
      const { platform, view, conversation, person } = await started();
      const first = await platform.post(conversation.id, dutchMessage("Vraag van maandag"), undefined, deliveryOf("ob-9-prompt", false));
      const again = await platform.post(conversation.id, dutchMessage("Vraag van maandag"), undefined, deliveryOf("ob-9-prompt", true));
      await platform.sendDirect(person.user, dutchMessage("Herinnering"), deliveryOf("ob-10-direct", false));
      await platform.sendDirect(person.user, dutchMessage("Herinnering"), deliveryOf("ob-10-direct", true));
      const expected = traits.findsEarlierPosts ? 1 : 2;
      expect(view.topLevelIn(conversation.id)).toHaveLength(expected);
      expect(view.directsTo(person.user)).toHaveLength(expected);
      if (traits.findsEarlierPosts) expect(again).toEqual(first);
      else expect(again.messageId).not.toBe(first.messageId);
    });
  });
}

function asStored(ref: MessageRef): MessageRef {
  return JSON.parse(JSON.stringify(ref)) as MessageRef;
}

function deliveryOf(key: string, mayExist: boolean): Delivery {
  return { key, mayExist, since: new Date(Date.now() - 60_000).toISOString() };
}

/** The message and, where a platform continues a long message in its thread, that thread. */
function collectText(view: PlatformView, ref: MessageRef): string {
  return [view.textOf(ref) ?? "", ...view.repliesTo(ref)].join("\n");
}

function expectShows(shown: string | undefined, text: string): void {
  expect(collapse(shown ?? "")).toContain(collapse(text));
}

/** Every word of `text`, in order and unchanged, with any white space between them (a platform may break lines). */
function containsWords(shown: string, text: string): boolean {
  return collapse(shown).includes(collapse(text));
}

function collapse(text: string): string {
  return words(text).join(" ");
}
