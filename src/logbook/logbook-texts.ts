import type { Language } from "../chat/vocabulary.ts";

const nl = {
  weekdays: ["elke werkdag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  subscribed: (when: string, time: string) =>
    `Je logboek staat aan: ${when} om ${time} krijg je een korte vraag in een privébericht. Wat je schrijft, ziet alleen jij. Uitzetten: \`/casus logboek uit\`.`,
  unsubscribed: "Je logboek staat uit. Wat je eerder schreef, blijft van jou: `/casus logboek export`.",
  notSubscribed: "Je logboek staat uit. Aanzetten: `/casus logboek aan vrijdag 16:00`.",
  unknownPrompt: "Die vraag ken ik niet (meer). Je logboek stuurt je vanzelf een nieuwe.",
  badSchedule: "Dat begrijp ik niet. Voorbeeld: `/casus logboek aan vrijdag 16:30` of `/casus logboek aan werkdagen 17:00`.",
  heading: "Je logboek",
  writeButton: "Schrijven",
  formTitle: "Logboek",
  formSubmit: "Opslaan",
  entryLabel: "Wat neem je mee?",
  saved: "Opgeslagen in je logboek. Alleen jij kunt het lezen.",
  exportEmpty: "Je logboek is nog leeg.",
  exportHeading: (count: number) => `Je logboek (${count} ${count === 1 ? "notitie" : "notities"}, alleen voor jou):`,
  homeOn: (when: string, time: string) => `Logboek: aan (${when}, ${time})`,
  homeOff: "Logboek: uit",
  turnOn: "Logboek aanzetten",
  turnOff: "Logboek uitzetten",
};

export type LogbookTexts = typeof nl;

const en: LogbookTexts = {
  weekdays: ["every working day", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  subscribed: (when, time) =>
    `Your logbook is on: ${when} at ${time} you get a short question in a direct message. Only you see what you write. Turn it off: \`/casus logbook off\`.`,
  unsubscribed: "Your logbook is off. What you wrote stays yours: `/casus logbook export`.",
  notSubscribed: "Your logbook is off. Turn it on: `/casus logbook on friday 16:00`.",
  unknownPrompt: "I don't know that prompt (any more). Your logbook will send you a new one.",
  badSchedule: "I don't understand that. Example: `/casus logbook on friday 16:30` or `/casus logbook on weekdays 17:00`.",
  heading: "Your logbook",
  writeButton: "Write",
  formTitle: "Logbook",
  formSubmit: "Save",
  entryLabel: "What do you take away?",
  saved: "Saved in your logbook. Only you can read it.",
  exportEmpty: "Your logbook is still empty.",
  exportHeading: (count) => `Your logbook (${count} ${count === 1 ? "note" : "notes"}, only for you):`,
  homeOn: (when, time) => `Logbook: on (${when}, ${time})`,
  homeOff: "Logbook: off",
  turnOn: "Turn logbook on",
  turnOff: "Turn logbook off",
};

export const logbookTexts: Record<Language, LogbookTexts> = { nl, en };
