import type { Language } from "../chat/vocabulary.ts";

const nl = {
  help: [
    "*bedoeling-bot* helpt je stil te staan bij de vraag: dienen de werkzaamheden de klant?",
    "- `/casus`: breng een casus in voor Garage de Bedoeling (een regel die tegen de bedoeling in werkt)",
    "- `/casus status G-2026-0042`: de stand van een casus",
    "- `/casus mijn`: je eigen lopende casussen",
    "- `/casus register`: open voorstellen en escalaties buiten de teams, met hun leeftijd",
    "- `/casus logboek aan vrijdag 16:00` / `uit` / `export`: je eigen, privé logboek",
    "- `/casus bewaren`: wat we over je bewaren en wie het kan zien",
    "- `/casus inzage`: alles wat we over jou bewaren (AVG-inzage)",
  ].join("\n"),
  unknownAction: "Dat ken ik niet (meer). Probeer `/casus hulp`.",
  failed: "Er ging iets mis aan onze kant; er is niets half opgeslagen. Probeer het zo nog eens.",
  homeHeading: "Welkom bij bedoeling-bot",
  homeIntro: "Dienen de werkzaamheden de klant? Hier zie je je casussen en kun je een nieuwe inbrengen.",
  newCaseButton: "Casus inbrengen",
  myCases: "Mijn lopende casussen",
  noCases: "Je hebt geen lopende casussen.",
  answersThisWeek: (count: number) => `Je gaf deze week ${count} ${count === 1 ? "antwoord" : "antwoorden"}.`,
  nextPrompt: (team: string, text: string) => `Volgende vraag voor ${team}: “${text}”`,
  personalData: (answers: number, entries: number, cases: number, events: number) =>
    `*Wat we over jou bewaren*\n- ${answers} antwoorden op reflectievragen\n- ${entries} logboeknotities (alleen voor jou)\n- ${cases} casussen die je op naam inbracht of als eigenaar hebt\n- ${events} stappen in casussen die je zette\nAnonieme casussen zijn niet aan jou gekoppeld en staan hier dus niet.`,
  storage: [
    "*Wat bewaren we?*",
    "- Je antwoorden op reflectievragen, met je platform-id. Bij ‘privé’ ziet alleen jij ze; het team ziet totalen. Pulsscores tonen we alleen als gemiddelde vanaf 5 antwoorden.",
    "- Casussen: de tekst die je invult (zonder gegevens van inwoners: die weigeren we), de stappen van de teamleiders en hun onderbouwing. Bij een anonieme casus bewaren we niets over jou.",
    "- Wie: je team ziet antwoorden bij zichtbaarheid ‘team’; teamleiders en beheerders zien de casussen van hun team.",
  ].join("\n"),
  keptFor: (kind: string, days: number | undefined) => `- ${kind}: ${days ? `${days} dagen bewaard, daarna gewist` : "bewaard tot een beheerder ze wist"}.`,
  kinds: { answers: "Antwoorden", logbook: "Logboeknotities", closedCases: "Gesloten casussen", audit: "Stappen in gesloten casussen" },
  erasure: "Een beheerder kan op verzoek al je gegevens wissen (AVG); casussen blijven dan bestaan, zonder jou.",
};

export type DispatchTexts = typeof nl;

const en: DispatchTexts = {
  help: [
    "*bedoeling-bot* helps you stop and ask: does our work serve the customer?",
    "- `/casus`: bring in a case for Garage de Bedoeling (a rule working against its intent)",
    "- `/casus status G-2026-0042`: the status of a case",
    "- `/casus mine`: your own open cases",
    "- `/casus register`: open proposals and escalations beyond the teams, with their age",
    "- `/casus logbook on friday 16:00` / `off` / `export`: your own private logbook",
    "- `/casus storage`: what we store about you and who can see it",
    "- `/casus my-data`: everything we store about you (GDPR access)",
  ].join("\n"),
  unknownAction: "I don't know that (any more). Try `/casus help`.",
  failed: "Something went wrong on our side; nothing was half-saved. Please try again in a moment.",
  homeHeading: "Welcome to bedoeling-bot",
  homeIntro: "Does our work serve the customer? Here you see your cases and can bring in a new one.",
  newCaseButton: "Bring in a case",
  myCases: "My open cases",
  noCases: "You have no open cases.",
  answersThisWeek: (count) => `You gave ${count} ${count === 1 ? "answer" : "answers"} this week.`,
  nextPrompt: (team, text) => `Next prompt for ${team}: “${text}”`,
  personalData: (answers, entries, cases, events) =>
    `*What we store about you*\n- ${answers} answers to reflection prompts\n- ${entries} logbook notes (only for you)\n- ${cases} cases you brought in by name or own\n- ${events} steps you took in cases\nAnonymous cases are not linked to you, so they are not listed.`,
  storage: [
    "*What do we store?*",
    "- Your answers to reflection prompts, with your platform id. With ‘private’ only you see them; the team sees totals. Pulse scores are shown only as an average from 5 answers.",
    "- Cases: the text you enter (without residents' details: we refuse those), the leads' steps and their reasons. For an anonymous case we store nothing about you.",
    "- Who: your team sees answers when visibility is ‘team’; leads and operators see their team's cases.",
  ].join("\n"),
  keptFor: (kind, days) => `- ${kind}: ${days ? `kept ${days} days, then erased` : "kept until an operator erases them"}.`,
  kinds: { answers: "Answers", logbook: "Logbook notes", closedCases: "Closed cases", audit: "Steps in closed cases" },
  erasure: "On request an operator can erase all your data (GDPR); cases then remain, without you.",
};

export const dispatchTexts: Record<Language, DispatchTexts> = { nl, en };
