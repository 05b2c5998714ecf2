import type { Logger } from "pino";
import type { Bot } from "../../src/chat/adapter.ts";
import type { Interaction, Language, Reply } from "../../src/chat/vocabulary.ts";
import { textMessage } from "../../src/chat/vocabulary.ts";
import type { AckGate } from "./ack-gate.ts";
import { deliveryKeysOf } from "./delivery-keys.ts";
import type { ReplyDeliverer, ReplyTarget } from "./reply-deliverer.ts";
import { toSlackError } from "./slack-errors.ts";
import type { Ack } from "./slack-listeners.ts";
import type { SlackPayload } from "./slack-payload.ts";
import { slackTexts } from "./slack-texts.ts";
import { toInteraction } from "./to-interaction.ts";
import { WorkTracker } from "./work-tracker.ts";

export interface InboxParts {
  bot: Bot;
  logger: Logger;
  deliverer: ReplyDeliverer;
  language: Language;
  submitDeadlineMs: number;
  /** Keeps acknowledgements of other requests ahead of the work that follows this one's. */
  gate: AckGate;
}

type Submission = Extract<SlackPayload, { kind: "view-submission" }>;

/** Translate → dispatch → reply, for everything Bolt hands us; and the one count of work still running. */
export class SlackInbox {
  private readonly work = new WorkTracker();

  constructor(private readonly parts: InboxParts) {}

  receive(payload: SlackPayload, ack?: Ack): Promise<void> {
    return this.work.track(payload.kind === "view-submission" && ack ? this.receiveSubmission(payload, ack) : this.receiveOther(payload, ack));
  }

  /** Resolves when everything received so far has been answered and its follow-up work is done. */
  whenIdle(): Promise<void> {
    return this.work.whenIdle();
  }

  private async receiveOther(payload: SlackPayload, ack?: Ack): Promise<void> {
    // Ack first: everything after this may take longer than Slack waits. The work that follows waits
    // its turn behind the acknowledgements of requests that came in meanwhile.
    await ack?.();
    const interaction = interactionOf(payload);
    if (!interaction) {
      this.parts.logger.debug({ kind: payload.kind, type: "type" in payload ? payload.type : undefined }, "slack payload ignored");
      return;
    }
    await this.parts.gate.whenAnswered();
    await this.dispatch(this.parts.bot.handle(interaction), targetOf(interaction, payload));
  }

  /** A modal's answer goes back in the ack itself (field errors, the next form), so the ack waits for the core. */
  private async receiveSubmission(payload: Submission, ack: Ack): Promise<void> {
    const interaction = interactionOf(payload)!;
    const target = targetOf(interaction, payload);
    const answer = this.parts.bot.handle(interaction);
    let reply: Reply | undefined;
    try {
      reply = await withDeadline(answer, this.parts.submitDeadlineMs);
      if (reply?.kind === "form-errors") return await ack({ response_action: "errors", errors: reply.errors });
      if (reply?.kind === "open-form") return await ack({ response_action: "update", view: this.parts.deliverer.modalFor(reply.form, target.place) });
      if (reply?.kind === "notice") return await ack({ response_action: "update", view: this.parts.deliverer.noticeModal(reply.message) });
    } catch (error) {
      await ack();
      return this.apologise(error, target);
    }
    await ack();
    // Too slow for the ack (or nothing to show): the modal closes and any answer follows as a message.
    await this.dispatch(answer, target);
  }

  private async dispatch(answer: Promise<Reply>, target: ReplyTarget): Promise<void> {
    try {
      await this.parts.deliverer.deliver(await answer, target);
    } catch (error) {
      await this.apologise(error, target);
    }
  }

  /** The person always hears something; only when even that fails is logging all that is left. */
  private async apologise(error: unknown, target: ReplyTarget): Promise<void> {
    const coded = toSlackError(error, "reply");
    this.parts.logger.error({ code: coded.code, method: coded.method, slackError: coded.details.slackError }, "slack reply failed");
    const t = slackTexts[this.parts.language];
    try {
      await this.parts.deliverer.showNotice(textMessage(coded.code === "slack_invalid_content" ? t.formTooLarge : t.failed), target);
    } catch (second) {
      this.parts.logger.error({ code: toSlackError(second, "apology").code }, "could not tell the user either");
    }
  }
}

/** What the person did, with the keys by which the core recognises Slack delivering it again. */
function interactionOf(payload: SlackPayload): Interaction | undefined {
  const interaction = toInteraction(payload);
  return interaction && { ...interaction, deliveryKeys: deliveryKeysOf(payload) };
}

function targetOf(interaction: Interaction, payload: SlackPayload): ReplyTarget {
  const place = "place" in interaction ? interaction.place : {};
  return { user: interaction.user, place, triggerId: "triggerId" in payload ? payload.triggerId : undefined };
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
