import type { Language } from "../chat/vocabulary.ts";

const nl = {
  help: [
    "*bedoeling-bot* helpt je stil te staan bij de vraag: dienen de werkzaamheden de klant?",
    "- `/casus`: breng een casus in voor Garage de Bedoeling (een regel die tegen de bedoeling in werkt)",
    "- `/casus status G-2026-0042`: de stand van een casus",
    "- `/casus mijn`: je eigen lopende casussen",
    "- `/casus logboek aan vrijdag 16:00` / `uit` / `export`: je eigen, privé logboek",
    "- `/casus bewaren`: wat we over je bewaren en wie het kan zien",
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
  storage: [
    "*Wat bewaren we?*",
    "- Je antwoorden op reflectievragen, met je platform-id. Bij ‘privé’ ziet alleen jij ze; het team ziet totalen. Pulsscores tonen we alleen als gemiddelde vanaf 5 antwoorden.",
    "- Casussen: de tekst die je invult (zonder gegevens van inwoners: die weigeren we), de stappen van de teamleiders en hun onderbouwing. Bij een anonieme casus bewaren we niets over jou.",
    "- Wie: je team ziet antwoorden bij zichtbaarheid ‘team’; teamleiders en beheerders zien de casussen van hun team.",
    "- Hoe lang: zoals je organisatie het in de configuratie heeft ingesteld; een beheerder kan al je gegevens wissen (AVG).",
  ].join("\n"),
};

export type DispatchTexts = typeof nl;

const en: DispatchTexts = {
  help: [
    "*bedoeling-bot* helps you stop and ask: does our work serve the customer?",
    "- `/casus`: bring in a case for Garage de Bedoeling (a rule working against its intent)",
    "- `/casus status G-2026-0042`: the status of a case",
    "- `/casus mine`: your own open cases",
    "- `/casus logbook on friday 16:00` / `off` / `export`: your own private logbook",
    "- `/casus bewaren`: what we store about you and who can see it",
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
  storage: [
    "*What do we store?*",
    "- Your answers to reflection prompts, with your platform id. With ‘private’ only you see them; the team sees totals. Pulse scores are shown only as an average from 5 answers.",
    "- Cases: the text you enter (without residents' details: we refuse those), the leads' steps and their reasons. For an anonymous case we store nothing about you.",
    "- Who: your team sees answers when visibility is ‘team’; leads and operators see their team's cases.",
    "- How long: as your organisation set it in the configuration; an operator can erase all your data (GDPR).",
  ].join("\n"),
};

export const dispatchTexts: Record<Language, DispatchTexts> = { nl, en };
