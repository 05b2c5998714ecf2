import { describe, expect, it } from "vitest";
import { findPersonalData, type PersonalDataKind } from "../../src/privacy/privacy-guard.ts";

// Identifiers written the way people type them in a hurry or write them to dodge spam filters.

function kindsIn(text: string): PersonalDataKind[] {
  return findPersonalData(text).map((finding) => finding.kind);
}

function foundText(text: string): string[] {
  return findPersonalData(text).map((finding) => text.slice(finding.start, finding.end));
}

describe("the privacy guard on postcodes in lower case", () => {
  it.each(["1234 ab 12", "1234 ab 12a", "3511 lx, nr 7", "1234 Ab 12-2", "2511 bt, huisnummer 30"])("flags %s as an address", (address) => {
    expect(foundText(`Nieuw adres: ${address}, derde verdieping.`)).toEqual([address]);
  });

  it("flags a lower-case postcode with a space after the word postcode", () => {
    expect(foundText("Postcode: 6811 kl, de rest weet ik niet.")).toEqual(["6811 kl"]);
  });

  it("tells a lower-case postcode from a year, a count or a dose followed by a word and a number", () => {
    for (const ordinary of ["In 2024 is 12 % meer aangevraagd.", "Van 2023 tm 2025 geen verhoging.", "Medicatie 1500 mg 2x per dag.", "In 1998 bv 3 kinderen.", "In 2024 ca 12 procent."]) {
      expect(kindsIn(ordinary), ordinary).toEqual([]);
    }
    expect(kindsIn("In 2024 is 12 % meer aangevraagd, ook op 2024 ab 12.")).toEqual(["postcode-house-number"]);
  });

  it("leaves a lower-case postcode-like code without a house number alone, and two years in capitals", () => {
    expect(kindsIn("Code 1234ab in het systeem; IN 2024 EN 2025 ONGEWIJZIGD.")).toEqual([]);
    expect(kindsIn("Code 1234ab 5 in het systeem.")).toEqual(["postcode-house-number"]);
  });
});

describe("the privacy guard on streets with the word for number", () => {
  it.each(["Kerkstraat nr. 12", "Kerkstraat nr 12", "Kerkstraat Nr. 12a", "Molenstraat nummer 45", "Kerkstraat huisnr. 2", "Rozenhof № 3", "Dorpsstraat, nr. 8"])(
    "flags %s",
    (address) => {
      expect(foundText(`De melding gaat over ${address}, al weken.`)).toEqual([address]);
    },
  );

  it("leaves a street without a number alone", () => {
    expect(kindsIn("De Kerkstraat is afgesloten; het nummer van de bus is onbekend.")).toEqual([]);
    expect(kindsIn("De Kerkstraat nummer 3 is afgesloten.")).toEqual(["postcode-house-number"]);
  });
});

describe("the privacy guard on e-mail addresses written out", () => {
  it("flags every way of writing 'at' and 'dot': in brackets, or as bare words before a domain", () => {
    const addresses = ["naam (at) ziggo.nl", "naam [at] ziggo [dot] nl", "naam {at} voorbeeld {punt} nl", "naam at ziggo dot nl", "naam at voorbeeld punt nl"];
    for (const address of addresses) expect(foundText(`Bereikbaar via ${address} voor de afspraak.`)).toEqual([address]);
  });

  it.each([
    "naam at ziggo dot nl",
    "naam apenstaartje voorbeeld punt nl",
    "j.jansen at voorbeeld.nl",
    "jansen at ziggo.nl",
    "naam @ voorbeeld.nl",
  ])("flags %s", (address) => {
    expect(foundText(`Bereikbaar via ${address} voor de afspraak.`)).toEqual([address]);
  });

  it("flags a plain name at a domain after a mail label", () => {
    expect(kindsIn("E-mail: jansen at voorbeeld.nl, niet doorgeven.")).toEqual(["email"]);
  });

  it("leaves English sentences with 'at' alone unless the tail reads as an address", () => {
    for (const ordinary of [
      "We looked at rijksoverheid.nl for the rules.",
      "Have a look at gemeente.nl/afspraak first.",
      "The client arrived at 10.30 at the Stadskantoor.",
      "Look at this dot com thing.",
      "Good at what she does; the team at the KCC agrees.",
    ]) {
      expect(kindsIn(ordinary), ordinary).toEqual([]);
    }
    expect(kindsIn("We looked at rijksoverheid.nl; she writes from t.nguyen at example dot com.")).toEqual(["email"]);
  });
});
