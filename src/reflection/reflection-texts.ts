import type { Language } from "../chat/vocabulary.ts";

const nl = {
  promptHeading: (theme: string) => `Even stilstaan · ${theme}`,
  answerButton: "Antwoorden",
  editButton: "Antwoord bewerken",
  makeCaseButton: "Maak er een casus van",
  answerCount: (count: number) => (count === 1 ? "1 antwoord" : `${count} antwoorden`),
  openUntil: (date: string) => `open tot ${date}`,
  closed: "gesloten",
  visibilityTeam: "Antwoorden zijn zichtbaar voor het team, in de draad onder dit bericht.",
  visibilityPrivate: "Privé: alleen jij ziet je antwoord; het team ziet alleen totalen.",
  care: (contact: string) => `Raakt dit aan iets wat je liever niet in je team bespreekt? Je kunt terecht bij de vertrouwenspersoon: ${contact}.`,
  leadHeading: "Voor jou als teamleider",
  mtHeading: "Voor het MT",
  writeButton: "Schrijf je antwoord",
  pulseAggregate: (count: number, average: string, step: number) =>
    `Gemiddeld ${average} op 1–5 (over ${count} antwoorden). Het gemiddelde wordt alleen per ${step} nieuwe antwoorden bijgewerkt, zodat niemands score herkenbaar is.`,
  pulseHidden: (step: number) =>
    `Het gemiddelde verschijnt vanaf ${step} antwoorden en wordt daarna alleen per ${step} nieuwe antwoorden bijgewerkt, zodat niemands score herkenbaar is.`,
  formTitle: "Je antwoord",
  formSubmit: "Versturen",
  answerLabel: "Je antwoord",
  commentLabel: "Toelichting (mag leeg)",
  scoreLabel: "Je score",
  scoreChoice: (value: number, low: string, high: string) =>
    value === 1 ? `1 – ${low}` : value === 5 ? `5 – ${high}` : String(value),
  highlightLabel: "Mag dit antwoord zonder je naam in de wekelijkse samenvatting?",
  answerHint: "Geen namen of gegevens van inwoners, collega's of klanten.",
  thanks: "Dank je, je antwoord is opgeslagen. Je kunt het bewerken zolang de vraag open staat.",
  thanksEdited: "Je antwoord is bijgewerkt.",
  answerInThread: (author: string, text: string) => `*${author}*: ${text}`,
  becameCase: (reference: string) => `Dit antwoord werd casus ${reference}.`,
  runClosed: "Deze vraag is gesloten; antwoorden kan niet meer. De volgende komt vanzelf.",
  runUnknown: "Deze vraag ken ik niet (meer).",
  required: "Vul dit in.",
  tooLong: (max: number) => `Maximaal ${max} tekens.`,
  chooseScore: "Kies een score van 1 tot 5.",
  notYourAnswer: "Alleen de schrijver van dit antwoord kan er een casus van maken.",
  noPromptsForTeam: (team: string) => `Team ${team} heeft geen thema's met vragen; kijk de configuratie na.`,
  reminder: (day: string) =>
    `Deze vraag staat nog open tot ${day}. Wil je nog antwoorden? Dat kan met de knop hierboven. (Dit is de enige herinnering.)`,
};

export type ReflectionTexts = typeof nl;

const en: ReflectionTexts = {
  promptHeading: (theme) => `A moment to reflect · ${theme}`,
  answerButton: "Answer",
  editButton: "Edit answer",
  makeCaseButton: "Turn into a case",
  answerCount: (count) => (count === 1 ? "1 answer" : `${count} answers`),
  openUntil: (date) => `open until ${date}`,
  closed: "closed",
  visibilityTeam: "Answers are visible to the team, in the thread below this message.",
  visibilityPrivate: "Private: only you see your answer; the team sees totals only.",
  care: (contact) => `Does this touch on something you would rather not discuss in your team? You can turn to the confidential adviser (vertrouwenspersoon): ${contact}.`,
  leadHeading: "For you as team lead",
  mtHeading: "For the management team",
  writeButton: "Write your answer",
  pulseAggregate: (count, average, step) =>
    `Average ${average} on 1–5 (over ${count} answers). The average is only updated every ${step} new answers, so nobody's score can be singled out.`,
  pulseHidden: (step) =>
    `The average appears from ${step} answers and is then only updated every ${step} new answers, so nobody's score can be singled out.`,
  formTitle: "Your answer",
  formSubmit: "Send",
  answerLabel: "Your answer",
  commentLabel: "Comment (optional)",
  scoreLabel: "Your score",
  scoreChoice: (value, low, high) => (value === 1 ? `1 – ${low}` : value === 5 ? `5 – ${high}` : String(value)),
  highlightLabel: "May this answer appear in the weekly digest without your name?",
  answerHint: "No names or details of residents, colleagues or customers.",
  thanks: "Thank you, your answer is saved. You can edit it while the prompt is open.",
  thanksEdited: "Your answer has been updated.",
  answerInThread: (author, text) => `*${author}*: ${text}`,
  becameCase: (reference) => `This answer became case ${reference}.`,
  runClosed: "This prompt is closed; answers are no longer accepted. The next one will come by itself.",
  runUnknown: "I don't know this prompt (any more).",
  required: "Please fill this in.",
  tooLong: (max) => `At most ${max} characters.`,
  chooseScore: "Choose a score from 1 to 5.",
  notYourAnswer: "Only the author of this answer can turn it into a case.",
  noPromptsForTeam: (team) => `Team ${team} has no themes with prompts; check the configuration.`,
  reminder: (day) => `This prompt is open until ${day}. Would you still like to answer? Use the button above. (This is the only reminder.)`,
};

export const reflectionTexts: Record<Language, ReflectionTexts> = { nl, en };
