import type { Language } from "../chat/vocabulary.ts";

const nl = {
  whichTeam: (keys: string) => `Over welk team gaat het? Typ het in het kanaal van het team, of noem het team vooraan (${keys}).`,
  aLead: "Een teamleider",
  aLeadOn: (platform: string) => `Een teamleider (via ${platform})`,
  // Pause (zomerstop)
  pauseOnlyLeads: (team: string) => `Alleen de teamleiders van ${team} kunnen de reflectievragen pauzeren of weer starten.`,
  pauseUsage:
    "Pauzeer de reflectievragen van je team met `/casus pauze 2027-07-13 2027-08-21` (van en tot en met), `/casus pauze tot 2027-08-21` (vanaf vandaag), en zet ze eerder weer aan met `/casus pauze stop`.",
  notADay: (text: string) => `„${text}” is geen datum; schrijf hem als 2027-07-13 of 13-07-2027.`,
  pauseInPast: "Een pauze begint vandaag of later.",
  pauseEndsBeforeStart: "De laatste dag van de pauze ligt vóór de eerste.",
  pauseTooLong: (days: number) => `Een pauze duurt hooguit ${days} dagen.`,
  pausedNotice: (team: string, from: string, to: string) =>
    `Gepauzeerd: ${team} krijgt van ${from} tot en met ${to} geen reflectievragen. Het staat ook in het kanaal van het team.`,
  pausedPost: (name: string, team: string, from: string, to: string) =>
    `⏸ ${name} heeft de reflectievragen van ${team} gepauzeerd van ${from} tot en met ${to} (zomerstop). Daarna gaan ze vanzelf weer door; in de overzichten staan deze weken als pauze.`,
  resumedNotice: (team: string) => `De pauze van ${team} is voorbij; de reflectievragen gaan weer door.`,
  resumedPost: (name: string, team: string) => `▶ ${name} heeft de pauze van ${team} beëindigd; de reflectievragen gaan weer door.`,
  notPaused: (team: string) => `${team} heeft geen pauze.`,
  pauseStatus: (team: string, from: string, to: string) => `${team} is gepauzeerd van ${from} tot en met ${to}. Eerder weer beginnen: \`/casus pauze stop\`.`,
  // The team's own bedoeling
  purposeOnlyLeads: (team: string) => `Alleen de teamleiders van ${team} leggen de bedoeling van het team vast; bespreek je voorstel gerust met hen.`,
  purposeSaved: (team: string, text: string) =>
    `De bedoeling van ${team} is nu: “${text}”\nZe staat bij elke reflectievraag en in het weekoverzicht; eens per kwartaal vraag ik het team of ze nog klopt.`,
  purposePost: (name: string, team: string, text: string) => `${name} heeft de bedoeling van ${team} vastgelegd: “${text}”`,
  purposeLine: (text: string) => `Onze bedoeling: ${text}`,
  noPurpose: (team: string) => `${team} heeft nog geen eigen bedoeling. Een teamleider legt haar vast met \`/casus bedoeling Wij …\`.`,
  currentPurpose: (team: string, text: string) => `De bedoeling van ${team}: “${text}”`,
  purposeFormTitle: "Onze bedoeling",
  purposeFormSubmit: "Vastleggen",
  purposeLabel: "De bedoeling van het team, in één zin",
  purposeHint: "Waarvoor doen we dit werk, en voor wie? Geen namen of gegevens van inwoners.",
  purposeTooLong: (max: number) => `Houd het bij één zin: hooguit ${max} tekens.`,
  checkHeading: "Klopt onze bedoeling nog?",
  checkText: (text: string) => `Een kwartaal verder: is dit nog waarvoor we het doen?\n> ${text}`,
  checkHint: "Bespreek het gerust in de draad; een teamleider legt de uitkomst vast.",
  keepButton: "Klopt nog",
  changeButton: "Aanpassen",
  confirmedLine: (name: string, day: string) => `${name} bevestigde op ${day}: de bedoeling klopt nog.`,
  changedLine: (name: string, day: string) => `${name} paste de bedoeling aan op ${day}.`,
  confirmedNotice: "Vastgelegd: de bedoeling klopt nog.",
  checkClosed: "Deze vraag is al beantwoord of hoort bij een eerder kwartaal.",
};

export type TeamTexts = typeof nl;

const en: TeamTexts = {
  whichTeam: (keys) => `Which team is this about? Type it in the team's channel, or name the team first (${keys}).`,
  aLead: "A team lead",
  aLeadOn: (platform) => `A team lead (on ${platform})`,
  pauseOnlyLeads: (team) => `Only the team leads of ${team} can pause or restart the reflection prompts.`,
  pauseUsage:
    "Pause your team's reflection prompts with `/casus pause 2027-07-13 2027-08-21` (from and including to), `/casus pause until 2027-08-21` (from today), and restart them early with `/casus pause stop`.",
  notADay: (text) => `“${text}” is not a date; write it as 2027-07-13 or 13-07-2027.`,
  pauseInPast: "A pause starts today or later.",
  pauseEndsBeforeStart: "The last day of the pause is before its first.",
  pauseTooLong: (days) => `A pause lasts at most ${days} days.`,
  pausedNotice: (team, from, to) => `Paused: ${team} gets no reflection prompts from ${from} to ${to} inclusive. The team's channel shows it too.`,
  pausedPost: (name, team, from, to) =>
    `⏸ ${name} paused the reflection prompts of ${team} from ${from} to ${to} inclusive (summer break). They resume by themselves; the digests show these weeks as paused.`,
  resumedNotice: (team) => `The pause of ${team} is over; the reflection prompts resume.`,
  resumedPost: (name, team) => `▶ ${name} ended the pause of ${team}; the reflection prompts resume.`,
  notPaused: (team) => `${team} is not paused.`,
  pauseStatus: (team, from, to) => `${team} is paused from ${from} to ${to} inclusive. Restart early: \`/casus pause stop\`.`,
  purposeOnlyLeads: (team) => `Only the team leads of ${team} set the team's bedoeling (purpose); do discuss your proposal with them.`,
  purposeSaved: (team, text) =>
    `The bedoeling (purpose) of ${team} is now: “${text}”\nIt shows with every reflection prompt and in the digest; once a quarter I ask the team whether it still holds.`,
  purposePost: (name, team, text) => `${name} set the bedoeling (purpose) of ${team}: “${text}”`,
  purposeLine: (text) => `Our purpose: ${text}`,
  noPurpose: (team) => `${team} has no bedoeling (purpose) of its own yet. A team lead sets it with \`/casus purpose We …\`.`,
  currentPurpose: (team, text) => `The bedoeling (purpose) of ${team}: “${text}”`,
  purposeFormTitle: "Our purpose",
  purposeFormSubmit: "Save",
  purposeLabel: "The team's purpose, in one sentence",
  purposeHint: "What do we do this work for, and for whom? No names or details of residents.",
  purposeTooLong: (max) => `Keep it to one sentence: at most ${max} characters.`,
  checkHeading: "Does our purpose still hold?",
  checkText: (text) => `A quarter on: is this still what we do it for?\n> ${text}`,
  checkHint: "Do discuss it in the thread; a team lead records the outcome.",
  keepButton: "Still holds",
  changeButton: "Change it",
  confirmedLine: (name, day) => `${name} confirmed on ${day}: the purpose still holds.`,
  changedLine: (name, day) => `${name} changed the purpose on ${day}.`,
  confirmedNotice: "Recorded: the purpose still holds.",
  checkClosed: "This question was answered already or belongs to an earlier quarter.",
};

export const teamTexts: Record<Language, TeamTexts> = { nl, en };
