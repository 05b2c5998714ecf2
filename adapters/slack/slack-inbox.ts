import type { Logger } from "pino";
import type { Bot } from "../../src/chat/adapter.ts";
import type { Interaction, Language, Reply } from "../../src/chat/vocabulary.ts";
import { textMessage } from "../../src/chat/vocabulary.ts";
import { inTransaction, type Db } from "../../src/storage/database.ts";
import type { Clock } from "../../src/time/clock.ts";
import { forgetRefusedDelivery, isNewDelivery } from "./is-new-delivery.ts";
import { parseSlackPayload } from "./parse-slack-payload.ts";
import type { ReplyDeliverer, ReplyTarget } from "./reply-deliverer.ts";
import { toSlackError } from "./slack-errors.ts";
import type { SlackPayload } from "./slack-payload.ts";
import { slackTexts } from "./slack-texts.ts";
import { toInteraction } from "./to-interaction.ts";

/** Bolt's ack(): answers Slack's HTTP request (or Socket Mode envelope), at most once, within 3 s. */
export type Ack = (response?: Record<string, unknown>) => Promise<void>;

export interface InboxParts {
  bot: Bot;
  db: Db;
  clock: Clock;
  logger: Logger;
  deliverer: ReplyDeliverer;
  language: Language;
  submitDeadlineMs: number;
  /** Resolves once the requests that came in meanwhile have been acknowledged (see AckGate). */
  yieldToAcks(): Promise<void>;
}

type Submission = Extract<SlackPayload, { kind: "view-submission" }>;

/** Receive → parse → translate → dispatch, for everything Bolt hands us. */
export class SlackInbox {
  constructor(private readonly parts: InboxParts) {}

  async receive(body: unknown, ack?: Ack): Promise<void> {
    const payload = parseSlackPayload(body);
    if (payload.kind === "view-submission" && ack) return this.receiveSubmission(payload, ack);
    // Ack first: everything after this may take longer than Slack waits. Then let the other requests
    // that have arrived meanwhile be acknowledged before this one's work (a modal, a post) goes on.
    await ack?.();
    await this.parts.yieldToAcks();
    const interaction = toInteraction(payload);
    if (!interaction) {
      this.parts.logger.debug({ kind: payload.kind, type: "type" in payload ? payload.type : undefined }, "slack payload ignored");
      return;
    }
    if (!this.isNew(payload)) return;
    const target = targetOf(interaction, payload);
    await this.dispatch(interaction, target, (reply) => reply);
  }

  /** A modal's answer goes back in the ack itself (field errors, the next form), so it waits for the core. */
  private async receiveSubmission(payload: Submission, ack: Ack): Promise<void> {
    const interaction = toInteraction(payload)!;
    const answer = this.claimAndHandle(payload, interaction);
    if (!answer) return ack();
    const target = targetOf(interaction, payload);
    let reply: Reply | undefined;
    try {
      reply = await withDeadline(answer, this.parts.submitDeadlineMs);
      if (reply?.kind === "form-errors") {
        forgetRefusedDelivery(this.parts.db, payload);
        return await ack({ response_action: "errors", errors: reply.errors });
      }
      if (reply?.kind === "open-form") {
        return await ack({ response_action: "update", view: this.parts.deliverer.modalFor(reply.form, target.place) });
      }
      if (reply?.kind === "notice") {
        return await ack({ response_action: "update", view: this.parts.deliverer.noticeModal(reply.message) });
      }
    } catch (error) {
      await ack();
      return this.apologise(error, target);
    }
    await ack();
    // Too slow for the ack: the modal closes and the answer follows as a message.
    await this.dispatch(interaction, target, (late) => late, reply ?? answer);
  }

  /**
   * Claims the submission and starts the core on it in one write transaction: what the core saves before
   * its first await (the case, the answer, the move) commits together with the claim. A crash in between
   * would otherwise leave a claimed submission unsaved, and its resubmission would be ignored as a repeat.
   */
  private claimAndHandle(payload: Submission, interaction: Interaction): Promise<Reply> | undefined {
    let answer: Promise<Reply> | undefined;
    inTransaction(this.parts.db, () => {
      if (this.isNew(payload)) answer = this.parts.bot.handle(interaction);
    });
    return answer;
  }

  private async dispatch(interaction: Interaction, target: ReplyTarget, adjust: (reply: Reply) => Reply, known?: Reply | Promise<Reply>) {
    try {
      const reply = adjust(await (known ?? this.parts.bot.handle(interaction)));
      await this.parts.deliverer.deliver(reply, target);
    } catch (error) {
      await this.apologise(error, target);
    }
  }

  private isNew(payload: SlackPayload): boolean {
    const isNew = isNewDelivery(this.parts.db, payload, this.parts.clock.now());
    if (!isNew) this.parts.logger.info({ kind: payload.kind }, "repeated slack delivery ignored");
    return isNew;
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
