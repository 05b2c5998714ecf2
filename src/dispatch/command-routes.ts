import type { Core } from "./core.ts";
import type { Interaction, Language, Reply } from "../chat/vocabulary.ts";
import { textMessage } from "../chat/vocabulary.ts";
import { isReceipt } from "../cases/anonymity.ts";
import { findCaseByReference } from "../cases/case-store.ts";
import { caseStatus, myOpenCases } from "../cases/case-status.ts";
import { caseTexts } from "../cases/case-texts.ts";
import { openCaseForm } from "../cases/submit-case.ts";
import { logbookCommand } from "../logbook/logbook.ts";
import { answerCommand } from "../proposals/answer-escalation.ts";
import { showRegister } from "../proposals/register.ts";
import { openProposalForm } from "../proposals/start-proposal.ts";
import { pauseCommand, resumeCommand } from "../team/pause-command.ts";
import { purposeCommand } from "../team/purpose-command.ts";
import { dispatchTexts } from "./dispatch-texts.ts";
import { showPersonalData } from "./personal-data-reply.ts";
import { storageText } from "./storage-text.ts";

type CommandInteraction = Extract<Interaction, { kind: "command" }>;

/** A typed command after its first word: the words, the text as typed, and the language of that word. */
interface CommandInput {
  interaction: CommandInteraction;
  words: string[];
  /** The text after the first word as typed (pasted spaces and all), for what the privacy guard reads. */
  typed: string;
  language: Language;
}

type CommandHandler = (core: Core, input: CommandInput) => Reply | Promise<Reply>;

interface CommandRoute {
  dutch: string[];
  english: string[];
  handle: CommandHandler;
}

/** `/casus [status REF | mijn | logboek … | pauze … | bedoeling … | bewaren | hulp]`: one row per command. */
const commandRoutes: CommandRoute[] = [
  { dutch: ["", "nieuw"], english: ["new"], handle: (core, { interaction: i }) => openCaseForm(core, i.user, i.place) },
  { dutch: ["status"], english: [], handle: (core, { interaction, words }) => caseStatus(core, interaction.user, words.join(" ")) },
  { dutch: ["mijn"], english: ["mine"], handle: (core, input) => listMyCases(core, input) },
  { dutch: ["logboek"], english: ["logbook"], handle: (core, { interaction, words, language }) => logbookCommand(core, interaction.user, words, language) },
  { dutch: ["inzage", "gegevens"], english: ["my-data"], handle: (core, { interaction, language }) => showPersonalData(core, interaction.user, language) },
  { dutch: ["bewaren", "privacy"], english: ["storage"], handle: (core, { language }) => notice(storageText(core, language)) },
  { dutch: ["register"], english: [], handle: (core, { interaction, language }) => showRegister(core, interaction.user, language) },
  { dutch: ["voorstel"], english: ["proposal"], handle: (core, { interaction, words }) => proposalCommand(core, interaction.user, words.join(" ")) },
  { dutch: ["antwoord"], english: ["answer"], handle: (core, { interaction, words }) => answerCommand(core, interaction.user, words.join(" ")) },
  { dutch: ["pauze"], english: ["pause"], handle: (core, { interaction: i, typed, language }) => pauseCommand(core, i.user, i.place, typed, language) },
  { dutch: ["hervat"], english: ["resume"], handle: (core, { interaction: i, typed, language }) => resumeCommand(core, i.user, i.place, typed, language) },
  {
    dutch: ["bedoeling", "onze-bedoeling", "teambedoeling"],
    english: ["purpose", "our-purpose"],
    handle: (core, { interaction: i, typed, language }) => purposeCommand(core, i.user, i.place, typed, language),
  },
  { dutch: ["hulp"], english: ["help"], handle: (_core, { language }) => notice(dispatchTexts[language].help) },
];

const byWord = new Map<string, { handle: CommandHandler; isEnglish: boolean }>(
  commandRoutes.flatMap((row) => [
    ...row.dutch.map((word) => [word, { handle: row.handle, isEnglish: false }] as const),
    ...row.english.map((word) => [word, { handle: row.handle, isEnglish: true }] as const),
  ]),
);

/** A typed command by its first word; a case reference or receipt alone asks for that case's status. */
export function routeCommand(core: Core, interaction: CommandInteraction): Reply | Promise<Reply> {
  const [first = "", ...words] = interaction.text.trim().split(/\s+/);
  const typed = interaction.text.trim().slice(first.length).trim();
  const word = first.toLowerCase();
  const row = byWord.get(word);
  const language: Language = row?.isEnglish ? "en" : core.config.language;
  if (row) return row.handle(core, { interaction, words, typed, language });
  return /^g-\d{4}-\d+$/i.test(word) || isReceipt(word) ? caseStatus(core, interaction.user, word) : notice(dispatchTexts[language].help);
}

function listMyCases(core: Core, { interaction, language }: CommandInput): Reply {
  const c = caseTexts[language];
  const lines = myOpenCases(core, interaction.user).map((item) => `- *${item.reference}* ${item.title} (${c.status[item.status]})`);
  return notice(lines.length ? lines.join("\n") : dispatchTexts[language].noCases);
}

/** `/casus voorstel G-2026-0042`: a proposal from a decided case (the same as its button). */
function proposalCommand(core: Core, user: Interaction["user"], reference: string): Reply {
  const record = findCaseByReference(core.db, reference);
  return record ? openProposalForm(core, user, record.id) : caseStatus(core, user, reference);
}

function notice(text: string): Reply {
  return { kind: "notice", message: textMessage(text) };
}
