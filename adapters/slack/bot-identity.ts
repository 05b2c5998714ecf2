import type { SlackApi } from "./slack-api.ts";

export interface BotIds {
  botId: string;
  botUserId: string;
}

/**
 * Who the bot is in the workspace (auth.test), asked once and remembered. Bolt would ask this itself
 * as soon as the App is built, and an answer it cannot use there surfaces as an unhandled rejection;
 * asking through SlackApi keeps the call in our retry policy and its failure in our hands.
 */
export class BotIdentity {
  private known: BotIds | undefined;

  constructor(private readonly api: SlackApi) {}

  get isKnown(): boolean {
    return this.known !== undefined;
  }

  async get(): Promise<BotIds> {
    if (!this.known) {
      const answer = await this.api.call<{ bot_id?: string; user_id?: string }>("auth.test", {}, { isIdempotent: true });
      this.known = { botId: answer.bot_id ?? "", botUserId: answer.user_id ?? "" };
    }
    return this.known;
  }
}
