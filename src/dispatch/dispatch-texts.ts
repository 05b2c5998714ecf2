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
    "- `/casus bedoeling Wij …`: (teamleiders) de bedoeling van je team in één zin; zonder tekst: de huidige",
    "- `/casus pauze 2027-07-13 2027-08-21` / `pauze stop`: (teamleiders) de reflectievragen van je team pauzeren (zomerstop) of weer starten",
    "- Bij een reflectievraag: *Overslaan* of *Herinner me later* (één herinnering, de volgende werkochtend)",
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
    "- Overslaan en ‘Herinner me later’: alleen welke vraag, zonder tekst, hoogstens 90 dagen.",
    "- Wie: je team ziet antwoorden bij zichtbaarheid ‘team’; teamleiders en beheerders zien de casussen van hun team.",
  ].join("\n"),
  keptFor: (kind: string, days: number | undefined) => `- ${kind}: ${days ? `${days} dagen bewaard, daarna gewist` : "bewaard tot een beheerder ze wist"}.`,
  deferrals: (skips: number, laters: number) =>
    `Verder: ${skips} ${skips === 1 ? "overgeslagen vraag" : "overgeslagen vragen"} en ${laters} ${laters === 1 ? "gevraagde herinnering" : "gevraagde herinneringen"} (alleen welke vraag, nooit tekst; na hoogstens 90 dagen gewist).`,
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
    "- `/casus purpose We …`: (team leads) your team's purpose (bedoeling) in one sentence; without text: the current one",
    "- `/casus pause 2027-07-13 2027-08-21` / `pause stop`: (team leads) pause your team's reflection prompts (summer break) or restart them",
    "- On a reflection prompt: *Skip* or *Remind me later* (one reminder, the next working morning)",
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
    "- Skip and ‘Remind me later’: only which prompt, without text, for 90 days at most.",
    "- Who: your team sees answers when visibility is ‘team’; leads and operators see their team's cases.",
  ].join("\n"),
  keptFor: (kind, days) => `- ${kind}: ${days ? `kept ${days} days, then erased` : "kept until an operator erases them"}.`,
  deferrals: (skips, laters) =>
    `Also: ${skips} skipped ${skips === 1 ? "prompt" : "prompts"} and ${laters} ${laters === 1 ? "reminder" : "reminders"} asked for (only which prompt, never text; erased after 90 days at most).`,
  kinds: { answers: "Answers", logbook: "Logbook notes", closedCases: "Closed cases", audit: "Steps in closed cases" },
  erasure: "On request an operator can erase all your data (GDPR); cases then remain, without you.",
};

export const dispatchTexts: Record<Language, DispatchTexts> = { nl, en };
