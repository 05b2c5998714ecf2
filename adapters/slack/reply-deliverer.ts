import type { types } from "@slack/bolt";
import type { Form, Language, Message, Place, Reply, UserRef } from "../../src/chat/vocabulary.ts";
import { textMessage } from "../../src/chat/vocabulary.ts";
import { encodeModalMetadata } from "./modal-metadata.ts";
import type { SlackApi } from "./slack-api.ts";
import { isNotReachableHere } from "./slack-errors.ts";
import type { SlackPlatform } from "./slack-platform.ts";
import { slackTexts } from "./slack-texts.ts";
import { BLOCK_KIT_LIMITS, paginateBlocks, toBlockKit, toFallbackText } from "./to-block-kit.ts";
import { toSlackModal } from "./to-slack-modal.ts";

/** Who did something, where, and the trigger_id that lets us open a modal for them (valid 3 s). */
export interface ReplyTarget {
  user: UserRef;
  place: Place;
  triggerId?: string;
}

/** Does what a Reply asks, the Slack way: modals, ephemeral messages, the App Home. */
export class ReplyDeliverer {
  constructor(
    private readonly api: SlackApi,
    private readonly platform: SlackPlatform,
    private readonly language: Language,
  ) {}

  async deliver(reply: Reply, target: ReplyTarget): Promise<void> {
    switch (reply.kind) {
      case "nothing":
        return;
      case "open-form":
        return this.openForm(reply.form, target);
      case "form-errors":
        return this.showNotice(this.errorsMessage(reply.errors), target);
      case "notice":
        return this.showNotice(reply.message, target);
      case "show-home":
        return this.publishHome(reply.message, target.user);
    }
  }

  modalFor(form: Form, place: Place): types.ModalView {
    return toSlackModal(form, encodeModalMetadata({ context: form.context, place }), this.language);
  }

  /**
   * The answer to a submitted form, shown in the modal itself: seen once and by this person only, and
   * never kept as a message (an anonymous submitter's receipt must not stand in a DM).
   */
  noticeModal(message: Message): types.ModalView {
    const t = slackTexts[this.language];
    const [blocks = []] = paginateBlocks(toBlockKit(message), BLOCK_KIT_LIMITS.blocksPerView);
    return {
      type: "modal",
      title: { type: "plain_text", text: t.sent },
      close: { type: "plain_text", text: t.close },
      blocks,
    };
  }

  /** Shown only to this person: ephemeral where they are, else (no conversation, bot not there) a DM. */
  async showNotice(message: Message, target: ReplyTarget): Promise<void> {
    const channel = target.place.conversationId;
    if (channel) {
      try {
        const [blocks = []] = paginateBlocks(toBlockKit(message));
        await this.api.call("chat.postEphemeral", { channel, user: target.user.id, text: toFallbackText(message), blocks });
        return;
      } catch (error) {
        if (!isNotReachableHere(error)) throw error;
      }
    }
    await this.platform.sendDirect(target.user, message);
  }

  errorsMessage(errors: Record<string, string>): Message {
    const lines = Object.values(errors).map((error) => `- ${error}`);
    return textMessage([slackTexts[this.language].formNotSaved, ...lines].join("\n"));
  }

  private async openForm(form: Form, target: ReplyTarget): Promise<void> {
    if (!target.triggerId) return this.showNotice(textMessage(slackTexts[this.language].failed), target);
    const view = this.modalFor(form, target.place);
    // views.open with a used trigger_id fails, so trying it again cannot open a second modal.
    await this.api.call("views.open", { trigger_id: target.triggerId, view }, { isIdempotent: true });
  }

  private async publishHome(message: Message, user: UserRef): Promise<void> {
    const blocks = toBlockKit(message).slice(0, BLOCK_KIT_LIMITS.blocksPerView);
    await this.api.call("views.publish", { user_id: user.id, view: { type: "home", blocks } }, { isIdempotent: true });
  }
}
