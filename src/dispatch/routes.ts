import type { Core } from "./core.ts";
import type { Interaction, Language, Reply } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import { MOVES } from "../cases/case-model.ts";
import { startMove, submitMove } from "../cases/move-case.ts";
import { openCaseForm, openCaseFormFromAnswer, openCaseFormWithText, submitCase } from "../cases/submit-case.ts";
import { openLogbookForm, submitLogbookEntry, turnLogbookOff, turnLogbookOn } from "../logbook/logbook.ts";
import { openAnswerForm, submitAnswer } from "../reflection/answer-prompt.ts";
import { learningButtons, learningForms } from "../proposals/learning-routes.ts";
import { deferPersonalPrompt, deferTeamPrompt } from "../reflection/defer-prompt.ts";
import { keepPurpose, openPurposeForm, submitPurpose } from "../team/purpose-command.ts";
import { routeCommand } from "./command-routes.ts";
import { dispatchTexts } from "./dispatch-texts.ts";
import { showHome } from "./home.ts";

type ButtonInteraction = Extract<Interaction, { kind: "button" }>;
type FormInteraction = Extract<Interaction, { kind: "form-submit" }>;

const idOf = (interaction: ButtonInteraction) => Number(interaction.value ?? "");

/** Buttons by action name (see Button.action): one row per action. */
const buttons: Record<string, (core: Core, interaction: ButtonInteraction) => Reply | Promise<Reply>> = {
  "answer.open": (core, i) => openAnswerForm(core, i.user, idOf(i), i.place),
  "case.new": (core, i) => openCaseForm(core, i.user, i.place),
  "case.from-answer": (core, i) => openCaseFormFromAnswer(core, i.user, idOf(i)),
  "case.from-message": (core, i) => openCaseFormWithText(core, i.user, i.place, i.value ?? ""),
  // "case.take", "case.garage", …: one row per move on a case.
  ...Object.fromEntries(MOVES.map((move) => [`case.${move}`, (core: Core, i: ButtonInteraction) => startMove(core, i.user, move, idOf(i))])),
  "logbook.open": (core, i) => openLogbookForm(core, i.user, i.value ?? ""),
  "logbook.on": (core, i) => turnLogbookOn(core, i.user, core.config.language),
  "logbook.off": (core, i) => turnLogbookOff(core, i.user, core.config.language),
  "prompt.skip": (core, i) => deferTeamPrompt(core, i.user, idOf(i), i.place, "skip"),
  "prompt.later": (core, i) => deferTeamPrompt(core, i.user, idOf(i), i.place, "later"),
  "personal.skip": (core, i) => deferPersonalPrompt(core, i.user, i.value ?? "", "skip"),
  "personal.later": (core, i) => deferPersonalPrompt(core, i.user, i.value ?? "", "later"),
  "purpose.keep": (core, i) => keepPurpose(core, i.user, i.value ?? ""),
  "purpose.change": (core, i) => openPurposeForm(core, i.user, i.value ?? ""),
  ...learningButtons,
};

/** Forms by id (see Form.id). */
const forms: Record<string, (core: Core, interaction: FormInteraction) => Reply | Promise<Reply>> = {
  "answer.submit": (core, i) => submitAnswer(core, i.user, i.context, i.values),
  "case.submit": (core, i) => submitCase(core, i.user, i.context, i.values),
  "case.move": (core, i) => submitMove(core, i.user, i.context, i.values),
  "logbook.submit": (core, i) => submitLogbookEntry(core, i.user, i.context, i.values),
  "purpose.submit": (core, i) => submitPurpose(core, i.user, i.context, i.values),
  ...learningForms,
};

export async function route(core: Core, interaction: Interaction): Promise<Reply> {
  switch (interaction.kind) {
    case "command":
      return routeCommand(core, interaction);
    case "button": {
      const handler = Object.hasOwn(buttons, interaction.action) ? buttons[interaction.action] : undefined;
      return handler ? handler(core, interaction) : unknown(core.config.language);
    }
    case "form-submit": {
      const handler = Object.hasOwn(forms, interaction.formId) ? forms[interaction.formId] : undefined;
      return handler ? handler(core, interaction) : unknown(core.config.language);
    }
    case "home-opened":
      return showHome(core, interaction.user);
  }
}

function unknown(language: Language): Reply {
  return { kind: "notice", message: textMessage(dispatchTexts[language].unknownAction) };
}
