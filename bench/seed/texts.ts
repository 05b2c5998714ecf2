import type { Random } from "./random.ts";

// Fragments for realistic, de-identified Dutch case and answer texts: the words a municipality's case
// file uses, so that full-text search meets the term distribution it will meet in use.

const SCHEMES = [
  "kostendelersnorm", "huishoudtoets", "bijzondere bijstand", "parkeervergunning", "maatwerkvoorziening Wmo",
  "terugvordering bijstand", "inlichtingenplicht", "schuldhulpverlening", "kwijtschelding gemeentelijke belastingen",
  "leerlingenvervoer", "huisvestingsvergunning", "urgentieverklaring", "persoonsgebonden budget", "participatieplicht",
  "tegenprestatie", "re-integratietraject", "briefadres", "inschrijving in de BRP", "energietoeslag",
  "individuele inkomenstoeslag", "omgevingsvergunning", "afvalstoffenheffing", "herstel toeslagen", "eigen bijdrage",
  "huishoudelijke hulp", "woningaanpassing", "vervoersvoorziening", "beschermd wonen", "jeugdhulp", "dagbesteding",
  "studietoeslag", "minimaregeling", "collectieve zorgverzekering", "bewindvoering", "vermogenstoets", "zoekperiode jongeren",
  "ontheffing arbeidsplicht", "bijstand voor zelfstandigen", "invorderingsrente", "betalingsregeling",
] as const;

const PEOPLE = [
  "een oudere inwoner", "een alleenstaande ouder", "een jongere van achttien", "een mantelzorger", "een statushouder",
  "een zelfstandige", "een gezin met drie kinderen", "een inwoner met een licht verstandelijke beperking",
  "een weduwe", "een student", "een inwoner zonder vaste woon- of verblijfplaats", "een laaggeletterde inwoner",
] as const;

const CIRCUMSTANCES = [
  "een tijdelijk inwonende kleinzoon", "wisselend inkomen uit uitzendwerk", "problematische schulden", "een chronische ziekte",
  "een verhuizing naar een andere gemeente", "een scheiding", "een overleden partner", "een nieuwe baan met een proeftijd",
  "een lopende aanvraag bij het UWV", "zorg voor een ouder", "een tijdelijke opname in het ziekenhuis", "een terugbetaling van de Belastingdienst",
] as const;

const EFFECTS = [
  "de uitkering wordt verlaagd terwijl er geen gedeelde kosten zijn", "de aanvraag wordt afgewezen op een termijn van één dag",
  "de inwoner moet drie keer dezelfde stukken aanleveren", "er ontstaat een schuld die de inwoner niet kan aflossen",
  "de voorziening stopt midden in de behandeling", "de inwoner valt tussen twee regelingen in",
  "het systeem laat geen uitzondering toe", "de brief is voor de inwoner onbegrijpelijk", "de wachttijd loopt op tot maanden",
  "de boete is hoger dan het voordeel", "de inwoner durft geen werk aan te nemen", "het gezin raakt de woning kwijt",
] as const;

const PURPOSES = [
  "bestaanszekerheid", "iedereen doet mee", "zorg dicht bij huis", "gelijke behandeling", "zelfredzaamheid",
  "eerlijke verdeling van schaarse woningen", "voorkomen van schulden", "veilig opgroeien", "rechtmatige besteding van publiek geld",
] as const;

const PROPOSALS = [
  "beargumenteerd afwijken voor deze situatie", "de termijn verlengen", "één contactpersoon voor alle regelingen",
  "de werkinstructie aanpassen", "de vraag voorleggen aan de jurist", "het systeem laten aanpassen", "eerst een keukentafelgesprek",
] as const;

const LEVELS = ["law", "municipal-regulation", "internal-guideline", "system-protocol", "other-department", "other"] as const;

/** About three hundred distinct rules; a few recur often, most rarely. */
export const RULES: readonly string[] = SCHEMES.flatMap((scheme, index) => [
  `Artikel ${10 + index} Participatiewet (${scheme})`,
  `Verordening ${scheme}, artikel ${2 + (index % 9)}`,
  `Werkinstructie ${scheme}`,
  `Protocol ${scheme} in het zaaksysteem`,
  `Beleidsregel ${scheme} ${2019 + (index % 6)}`,
  `Termijn ${scheme} uit de Awb`,
  `Uitvoeringsafspraak ${scheme} met de SVB`,
]);

export interface CaseText {
  title: string;
  situation: string;
  rule: string;
  ruleLevel: (typeof LEVELS)[number];
  unwantedEffect: string;
  bedoeling: string;
  proposal: string;
}

export function caseText(random: Random): CaseText {
  const rule = random.pickSkewed(RULES);
  const scheme = random.pick(SCHEMES);
  const person = random.pick(PEOPLE);
  const circumstance = random.pick(CIRCUMSTANCES);
  const effect = random.pick(EFFECTS);
  return {
    title: capitalise(`${scheme} bij ${circumstance}`).slice(0, 120),
    situation: capitalise(`${person} met ${circumstance} krijgt te maken met de ${scheme}; ${effect}.`),
    rule,
    ruleLevel: random.pick(LEVELS),
    unwantedEffect: capitalise(`${effect}.`),
    bedoeling: capitalise(random.pick(PURPOSES)),
    proposal: capitalise(random.pick(PROPOSALS)),
  };
}

const OPENINGS = ["Vandaag merkte ik", "Deze week zag ik", "In een gesprek bleek", "Bij de balie hoorde ik", "Een collega liet zien"] as const;
const OBSERVATIONS = [
  "dat een inwoner de brief over de {scheme} niet begreep",
  "hoeveel tijd het kost om de {scheme} goed uit te leggen",
  "dat we bij de {scheme} vooral bezig zijn met het dossier en niet met de mens",
  "dat even bellen meer oplevert dan een tweede brief over de {scheme}",
  "dat de regels van de {scheme} elkaar tegenspreken",
  "dat we de {scheme} samen met de inwoner konden oplossen",
] as const;
const REFLECTIONS = ["Dat wil ik vaker doen.", "Daar moeten we het in het team over hebben.", "Ik weet nog niet wat de bedoeling daar is.", "", "Dat gaf energie."] as const;

export function answerText(random: Random): string {
  const observation = random.pick(OBSERVATIONS).replace("{scheme}", random.pick(SCHEMES));
  return `${random.pick(OPENINGS)} ${observation}. ${random.pick(REFLECTIONS)}`.trim();
}

/** A search as a colleague would type it when bringing in a new case. */
export function caseQuery(random: Random): { title: string; rule: string; situation: string } {
  const text = caseText(random);
  return { title: text.title, rule: text.rule, situation: text.situation };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
