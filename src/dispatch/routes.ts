import type { Core } from "../app/core.ts";
import type { Interaction, Language, Reply } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import { isReceipt } from "../cases/anonymity.ts";
import { caseStatus, myOpenCases } from "../cases/case-status.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { isMove, startMove, submitMove } from "../cases/move-case.ts";
import { openCaseForm, openCaseFormFromAnswer, openCaseFormWithText, submitCase } from "../cases/submit-case.ts";
import { logbookCommand, openLogbookForm, submitLogbookEntry } from "../logbook/logbook.ts";
import { showPersonalData } from "./personal-data-reply.ts";
import { openAnswerForm, submitAnswer } from "../reflection/answer-prompt.ts";
import { dispatchTexts } from "./dispatch-texts.ts";
import { showHome } from "./home.ts";
import { storageText } from "./storage-text.ts";
import { findCaseByReference } from "../cases/case-store.ts";
import { answerCommand } from "../proposals/answer-escalation.ts";
import { learningButtons, learningForms, proposalMoveRoute } from "../proposals/learning-routes.ts";
import { showRegister } from "../proposals/register.ts";
import { openProposalForm } from "../proposals/start-proposal.ts";
import { deferPersonalPrompt, deferTeamPrompt } from "../reflection/defer-prompt.ts";
import { pauseCommand } from "../team/pause-command.ts";
import { keepPurpose, openPurposeForm, purposeCommand, submitPurpose } from "../team/purpose-command.ts";

type ButtonInteraction = Extract<Interaction, { kind: "button" }>;
type FormInteraction = Extract<Interaction, { kind: "form-submit" }>;
type CommandInteraction = Extract<Interaction, { kind: "command" }>;

const idOf = (interaction: ButtonInteraction) => Number(interaction.value ?? "");

/** Buttons by action name (see Button.action). */
const buttons: Record<string, (core: Core, interaction: ButtonInteraction) => Reply | Promise<Reply>> = {
  "answer.open": (core, i) => openAnswerForm(core, i.user, idOf(i), i.place),
  "case.new": (core, i) => openCaseForm(core, i.user, i.place),
  "case.from-answer": (core, i) => openCaseFormFromAnswer(core, i.user, idOf(i)),
  "case.from-message": (core, i) => openCaseFormWithText(core, i.user, i.place, i.value ?? ""),
  "logbook.open": (core, i) => openLogbookForm(core, i.user, i.value ?? ""),
  "logbook.on": (core, i) => logbookCommand(core, i.user, ["aan"], core.config.language),
  "logbook.off": (core, i) => logbookCommand(core, i.user, ["uit"], core.config.language),
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
      const move = interaction.action.startsWith("case.") ? interaction.action.slice(5) : "";
      if (isMove(move)) return startMove(core, interaction.user, move, idOf(interaction));
      const proposalMove = proposalMoveRoute(core, interaction);
      if (proposalMove) return proposalMove;
      const handler = buttons[interaction.action];
      return handler ? handler(core, interaction) : unknown(core.config.language);
    }
    case "form-submit": {
      const handler = forms[interaction.formId];
      return handler ? handler(core, interaction) : unknown(core.config.language);
    }
    case "home-opened":
      return showHome(core, interaction.user);
  }
}

const ENGLISH_WORDS = new Set(["help", "mine", "storage", "logbook", "new", "my-data", "proposal", "answer", "pause", "resume", "purpose", "our-purpose"]);

/** `/casus [status REF | mijn | logboek … | pauze … | bedoeling … | bewaren | hulp]`. */
function routeCommand(core: Core, interaction: CommandInteraction): Reply {
  const [first = "", ...rest] = interaction.text.trim().split(/\s+/);
  // The text after the first word as typed (pasted spaces and all), for what the privacy guard reads.
  const typed = interaction.text.trim().slice(first.length).trim();
  const word = first.toLowerCase();
  const language: Language = ENGLISH_WORDS.has(word) ? "en" : core.config.language;
  const t = dispatchTexts[language];
  switch (word) {
    case "":
    case "nieuw":
    case "new":
      return openCaseForm(core, interaction.user, interaction.place);
    case "status":
      return caseStatus(core, interaction.user, rest.join(" "));
    case "mijn":
    case "mine": {
      const c = caseTexts[language];
      const lines = myOpenCases(core, interaction.user).map((item) => `- *${item.reference}* ${item.title} (${c.status[item.status]})`);
      return notice(lines.length ? lines.join("\n") : t.noCases);
    }
    case "logboek":
    case "logbook":
      return logbookCommand(core, interaction.user, rest, language);
    case "inzage":
    case "gegevens":
    case "my-data":
      return showPersonalData(core, interaction.user, language);
    case "bewaren":
    case "storage":
    case "privacy":
      return notice(storageText(core, language));
    case "register":
      return showRegister(core, interaction.user, language);
    case "voorstel":
    case "proposal":
      return proposalCommand(core, interaction.user, rest.join(" "));
    case "antwoord":
    case "answer":
      return answerCommand(core, interaction.user, rest.join(" "));
    case "pauze":
    case "pause":
      return pauseCommand(core, interaction.user, interaction.place, typed, language);
    case "hervat":
    case "resume":
      return pauseCommand(core, interaction.user, interaction.place, `${typed} stop`.trim(), language);
    case "bedoeling":
    case "onze-bedoeling":
    case "teambedoeling":
    case "purpose":
    case "our-purpose":
      return purposeCommand(core, interaction.user, interaction.place, typed, language);
    case "hulp":
    case "help":
      return notice(t.help);
    default:
      return /^g-\d{4}-\d+$/i.test(word) || isReceipt(word) ? caseStatus(core, interaction.user, word) : notice(t.help);
  }
}

/** `/casus voorstel G-2026-0042`: a proposal from a decided case (the same as its button). */
function proposalCommand(core: Core, user: Interaction["user"], reference: string): Reply {
  const record = findCaseByReference(core.db, reference);
  return record ? openProposalForm(core, user, record.id) : caseStatus(core, user, reference);
}

function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}

function unknown(language: Language): Reply {
  return notice(dispatchTexts[language].unknownAction);
}
