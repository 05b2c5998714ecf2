import { Activity, ActivityTypes } from "@microsoft/agents-activity";
import type { TurnContext } from "@microsoft/agents-hosting";
import type { Form, Language, Message, Reply } from "../../src/chat/vocabulary.ts";
import type { TeamsEvent } from "./parse-activity.ts";
import type { FormState } from "./signed-form-state.ts";
import { teamsTexts } from "./teams-texts.ts";
import type { TurnSends } from "./turn-sends.ts";
import { cardActivity, toAdaptiveCard } from "./to-adaptive-card.ts";
import { toDialogResponse, type DialogResponse } from "./to-dialog-response.ts";
import { OPEN_FORM_ACTION } from "./to-interaction.ts";

/**
 * Answers a typed message (or an install) in the same chat; in a channel it lands in the thread.
 * `launcherValue` is what the "Formulier openen" button carries: the command text, signed for its typist.
 * The reply goes out after the turn (turn-sends.ts), so pacing never holds the request.
 */
export function replyInChat(sends: TurnSends, reply: Reply, launcherValue: string, language: Language): void {
  const message = chatMessageFor(reply, launcherValue, language);
  if (message) sends.reply(cardActivity(toAdaptiveCard(message, "chat"), message.text));
}

/** A command cannot open a dialog, so an open-form reply becomes a card whose button opens it. */
export function chatMessageFor(reply: Reply, launcherValue: string, language: Language): Message | undefined {
  switch (reply.kind) {
    case "notice":
    case "show-home":
      return reply.message;
    case "open-form":
      return launcherMessage(reply.form, launcherValue, language);
    case "form-errors":
    case "nothing":
      return undefined;
  }
}

function launcherMessage(form: Form, launcherValue: string, language: Language): Message {
  const label = teamsTexts[language].openForm;
  return {
    text: form.title,
    blocks: [
      { type: "heading", text: form.title },
      ...(form.intro ? [{ type: "text" as const, text: form.intro }] : []),
      { type: "buttons", buttons: [{ label, action: OPEN_FORM_ACTION, value: launcherValue, style: "primary" }] },
    ],
  };
}

export interface DialogReplyParts {
  language: Language;
  seal: (state: FormState) => string;
  /** What the "Formulier openen" card shows once its form is sent (decided by keep-private.ts). */
  launcherReplacement?: Message;
  /** Where the replacement of that card goes: after the turn, like every send into a chat. */
  sends: TurnSends;
}

/** Answers task/fetch or task/submit, and replaces the "Formulier openen" card once its form is done. */
export async function replyInDialog(
  context: TurnContext,
  event: Extract<TeamsEvent, { kind: "dialog-open" | "dialog-submit" | "form-submit" }>,
  reply: Reply,
  parts: DialogReplyParts,
): Promise<void> {
  const launcher = event.kind === "form-submit" ? event.state.launcher : event.kind === "dialog-open" ? event.launcher : undefined;
  const body = toDialogResponse(
    reply,
    {
      form: event.kind === "form-submit" ? event.state.form : undefined,
      values: event.kind === "form-submit" ? event.values : undefined,
      launcher,
      mustShow: event.kind === "dialog-open",
      openedFor: event.user.id,
      seal: parts.seal,
    },
    parts.language,
  );
  if (event.kind === "form-submit" && launcher && reply.kind !== "form-errors" && parts.launcherReplacement) {
    // The submit worked: the card that opened the form must not open it again. When Teams refuses the
    // edit (someone deleted the card) the person still has their answer below.
    const message = parts.launcherReplacement;
    parts.sends.update({ ...cardActivity(toAdaptiveCard(message, "chat"), message.text), id: launcher });
  }
  await answerInvoke(context, body);
}

export async function answerInvoke(context: TurnContext, body: DialogResponse | undefined): Promise<void> {
  // The SDK keeps an invokeResponse for the HTTP answer instead of sending it.
  await context.sendActivity(Activity.fromObject({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: body ?? undefined } }));
}
