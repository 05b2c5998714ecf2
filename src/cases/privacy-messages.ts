import type { PersonalDataKind } from "./privacy-guard.ts";
export function describePersonalData(kinds: PersonalDataKind[], language: "nl" | "en"): string {
  const nl: Record<PersonalDataKind, string> = { bsn: "het BSN", iban: "het rekeningnummer (IBAN)", phone: "het telefoonnummer", email: "het e-mailadres", "postcode-house-number": "de postcode met huisnummer", "date-of-birth": "de geboortedatum" };
  return language === "nl" ? `Haal ${kinds.map((k) => nl[k]).join(" en ")} weg.` : `Remove ${kinds.join(", ")}.`;
}
