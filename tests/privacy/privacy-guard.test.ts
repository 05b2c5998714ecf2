import { describe, expect, it } from "vitest";
import { isValidBsn } from "../../src/privacy/privacy-bsn.ts";
import { findPersonalData, type PersonalDataKind } from "../../src/privacy/privacy-guard.ts";
import { isValidIban } from "../../src/privacy/privacy-iban.ts";
import { describePersonalData } from "../../src/privacy/privacy-messages.ts";

function kindsIn(text: string): PersonalDataKind[] {
  return findPersonalData(text).map((finding) => finding.kind);
}

function foundText(text: string): string[] {
  return findPersonalData(text).map((finding) => text.slice(finding.start, finding.end));
}

describe("the privacy guard on BSNs", () => {
  it("flags a BSN that passes the elfproef", () => {
    expect(foundText("Mevrouw met BSN 111222333 kreeg een brief.")).toEqual(["111222333"]);
  });

  it("flags a BSN written with dots", () => {
    expect(foundText("Zoek 123.456.782 even op.")).toEqual(["123.456.782"]);
  });

  it("flags a BSN written in the groups of an ID card", () => {
    expect(foundText("Nummer 9999 18 011 staat op haar pas.")).toEqual(["9999 18 011"]);
  });

  it("uses the elfproef, so a nine-digit number that fails it is allowed", () => {
    expect(isValidBsn("123456782")).toBe(true);
    expect(isValidBsn("123456789")).toBe(false);
    expect(kindsIn("Klantnummer 123456789 bij de woningcorporatie.")).toEqual([]);
  });

  it("tests an eight-digit number with a leading zero", () => {
    expect(isValidBsn("28377485")).toBe(true);
    expect(isValidBsn("028377485")).toBe(true);
    expect(isValidBsn("28377486")).toBe(false);
  });

  it("flags a number right after the word BSN even when it fails the elfproef", () => {
    expect(kindsIn("BSN 123456789, volgens de brief.")).toEqual(["bsn"]);
    expect(kindsIn("Oud sofinummer 12345678 op de beschikking.")).toEqual(["bsn"]);
  });

  it("leaves a KvK number of eight digits alone", () => {
    expect(kindsIn("KvK-nummer 20202901 van zijn eenmanszaak.")).toEqual([]);
  });

  it("leaves an organisation's RSIN and an amount alone, though they pass the elfproef", () => {
    expect(kindsIn("RSIN 002220647 van de stichting.")).toEqual([]);
    expect(kindsIn("De gemeente begroot € 203.830.040 voor het sociaal domein.")).toEqual([]);
  });
});

describe("the privacy guard on IBANs", () => {
  it("flags a Dutch IBAN with and without spaces", () => {
    expect(foundText("Naar NL91 ABNA 0417 1643 00 of NL91ABNA0417164300.")).toEqual(["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"]);
  });

  it("flags foreign IBANs by their own length", () => {
    expect(kindsIn("Duitse rekening DE89 3704 0044 0532 0130 00.")).toEqual(["iban"]);
    expect(kindsIn("Belgische rekening BE68539007547034.")).toEqual(["iban"]);
  });

  it("checks mod-97, so an IBAN-shaped code that fails it is allowed", () => {
    expect(isValidIban("NL91ABNA0417164300")).toBe(true);
    expect(isValidIban("NL91ABNA0417164301")).toBe(false);
    expect(kindsIn("Code NL91ABNA0417164301 in het systeem.")).toEqual([]);
  });

  it("flags a mistyped IBAN right after the word IBAN", () => {
    expect(kindsIn("IBAN: NL91ABNA0417164301")).toEqual(["iban"]);
  });
});

describe("the privacy guard on phone numbers", () => {
  it.each(["06-12345678", "06 1234 5678", "0612345678", "+31 6 12345678", "+31 (0)6 12345678", "0031 6 1234 5678", "020-1234567", "010 123 4567", "(0299) 123456"])(
    "flags %s",
    (number) => {
      expect(foundText(`Bel haar op ${number} terug.`)).toEqual([number]);
    },
  );

  it("flags a foreign number with its country code", () => {
    expect(kindsIn("Zijn Belgische nummer is +32 470 12 34 56.")).toEqual(["phone"]);
  });

  it("leaves numbers with a digit too few alone", () => {
    expect(kindsIn("Meneer gaf 06-1234567 op, en 020-12345.")).toEqual([]);
  });

  it("leaves a date followed by a time alone", () => {
    expect(kindsIn("Tussen 06-12-2025 14:00 en 07-12-2025 09:00 was niemand bereikbaar.")).toEqual([]);
  });

  it("leaves service numbers of organisations alone", () => {
    expect(kindsIn("Zij belde 0800-1234, daarna 14 020.")).toEqual([]);
  });
});

describe("the privacy guard on e-mail addresses", () => {
  it("flags an e-mail address", () => {
    expect(foundText("Mail j.jansen@example.com even.")).toEqual(["j.jansen@example.com"]);
  });

  it("flags an address written out with (at) and (punt)", () => {
    expect(kindsIn("Dochter: s.dejong (at) example (punt) nl")).toEqual(["email"]);
  });
});

describe("the privacy guard on addresses", () => {
  it("flags a postcode with its house number", () => {
    expect(foundText("Hij woont op 1234 AB 12.")).toEqual(["1234 AB 12"]);
    expect(foundText("Nieuw adres: 1234AB, nr 5.")).toEqual(["1234AB, nr 5"]);
  });

  it("flags a street and house number with its postcode as one address", () => {
    expect(findPersonalData("Verhuisd naar Dorpsstraat 12, 1234 AB.")).toEqual([{ kind: "postcode-house-number", start: 14, end: 37 }]);
  });

  it("flags a full postcode on its own, because it narrows a situation down to a few households", () => {
    expect(kindsIn("Zijn postcode is 6811 KL.")).toEqual(["postcode-house-number"]);
  });

  it("leaves a four-digit postcode area and a place with a count alone", () => {
    expect(kindsIn("Postcodegebied 1234 is het armste; in Rotterdam 3 weken gewacht.")).toEqual([]);
  });
});

describe("the privacy guard on dates of birth", () => {
  it.each(["geboren op 12 maart 1985", "geb. 3-4-1950", "geboortedatum: 1985-03-12", "DOB 3 March 1985", "born on March 3, 1985"])("flags %s", (text) => {
    expect(kindsIn(`Inwoner, ${text}, alleenstaand.`)).toEqual(["date-of-birth"]);
  });

  it("leaves an ordinary date alone", () => {
    expect(kindsIn("Op 12 maart 2026 kwam zij aan het loket; per 1-1-2025 is de norm verhoogd.")).toEqual([]);
  });

  it("leaves a cut-off date in a rule alone", () => {
    expect(kindsIn("Kinderen geboren na 1 januari 2008 vallen onder de nieuwe regeling.")).toEqual([]);
  });

  it("leaves a year of birth alone", () => {
    expect(kindsIn("Zij is geboren in 1958 en krijgt pas over een jaar AOW.")).toEqual([]);
  });
});

describe("the privacy guard on ordinary case text", () => {
  it("leaves a case number alone", () => {
    expect(kindsIn("Zaaknummer Z-2024-001234 lijkt op G-2026-0042.")).toEqual([]);
  });

  it("leaves amounts and percentages alone", () => {
    expect(kindsIn("Huurachterstand € 1.234,56; de uitkering daalt naar 70% van het sociaal minimum.")).toEqual([]);
  });

  it("leaves law articles alone", () => {
    expect(kindsIn("Artikel 4:84 Awb en art. 31 Participatiewet; zie ook art. 7:232 BW.")).toEqual([]);
  });

  it("reports several kinds in the order they appear", () => {
    expect(kindsIn("BSN 111222333, tel. 06-12345678, woont op Dorpsstraat 14.")).toEqual(["bsn", "phone", "postcode-house-number"]);
  });
});

describe("the message about personal data", () => {
  it("says in Dutch what to remove", () => {
    expect(describePersonalData(["phone", "bsn"], "nl")).toBe(
      "Haal het BSN en het telefoonnummer weg: beschrijf de situatie zonder gegevens waarmee iemand herkend kan worden.",
    );
  });

  it("says it in English too", () => {
    expect(describePersonalData(["email"], "en")).toBe("Remove the email address: describe the situation without details that could identify someone.");
  });

  it("names each kind once and never the value found", () => {
    const text = "BSN 111222333 en 999911259";
    const message = describePersonalData(findPersonalData(text).map((finding) => finding.kind), "nl");
    expect(message.match(/BSN/g)).toHaveLength(1);
    expect(message).not.toMatch(/111222333|999911259/);
  });
});
