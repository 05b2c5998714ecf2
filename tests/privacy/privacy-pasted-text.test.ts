import { describe, expect, it } from "vitest";
import { findPersonalData, type PersonalDataKind } from "../../src/privacy/privacy-guard.ts";

// Text copied from Word, Outlook, a PDF or a phone, with the typography those put between digits.

function kindsIn(text: string): PersonalDataKind[] {
  return findPersonalData(text).map((finding) => finding.kind);
}

function foundText(text: string): string[] {
  return findPersonalData(text).map((finding) => text.slice(finding.start, finding.end));
}

describe("the privacy guard on pasted BSNs", () => {
  it.each([
    ["no-break spaces", "999\u00A0970\u00A0021"],
    ["narrow no-break spaces", "9999\u202F70\u202F021"],
    ["thin spaces", "999\u2009970\u2009021"],
    ["figure spaces", "999\u2007970\u2007021"],
    ["en dashes", "999–970–021"],
    ["non-breaking hyphens", "999\u2011970\u2011021"],
    ["fullwidth digits", "９９９９７００２１"],
    ["a zero-width space", "9999\u200B70021"],
    ["a soft hyphen", "99997\u00AD0021"],
  ])("flags a BSN written with %s", (_, bsn) => {
    expect(foundText(`Mevrouw met nummer ${bsn} kreeg een brief.`)).toEqual([bsn]);
  });

  it("flags a mistyped BSN after the label when a no-break space follows the label", () => {
    expect(kindsIn("BSN\u00A0:\u00A0123\u00A0456\u00A0789, volgens de brief.")).toEqual(["bsn"]);
  });
});

describe("the privacy guard on pasted IBANs", () => {
  it.each([
    ["thin spaces", "NL91\u2009ABNA\u20090417\u20091643\u200900"],
    ["no-break spaces", "NL91\u00A0ABNA\u00A00417\u00A01643\u00A000"],
    ["non-breaking hyphens", "NL91\u2011ABNA\u20110417\u20111643\u201100"],
    ["soft hyphens", "NL91\u00ADABNA\u00AD0417\u00AD1643\u00AD00"],
    ["fullwidth characters", "ＮＬ９１ ＡＢＮＡ ０４１７ １６４３ ００"],
  ])("flags an IBAN in groups with %s", (_, iban) => {
    expect(foundText(`Gestort op ${iban}, de rekening van haar ex.`)).toEqual([iban]);
  });
});

describe("the privacy guard on pasted phone numbers", () => {
  it.each([
    ["an en dash and a no-break space", "06–1234\u00A05678"],
    ["a minus sign", "0299\u2212654321"],
    ["an em dash", "010—2345678"],
    ["a figure dash", "0513\u2012123456"],
    ["no-break spaces after +31", "+31\u00A06\u00A01234\u00A05678"],
    ["narrow no-break spaces around (0)", "+31\u202F(0)20\u202F123\u202F4567"],
    ["fullwidth digits", "０６-９８７６５４３２"],
    ["zero-width spaces", "06\u200B1234\u200B5678"],
  ])("flags a number written with %s", (_, phone) => {
    expect(foundText(`Bereikbaar op ${phone} na drie uur.`)).toEqual([phone]);
  });

  it("flags a number a phone wrapped in direction marks, and points at the digits", () => {
    expect(foundText("Zijn nummer is \u202A+31\u00A06\u00A012345678\u202C, uit WhatsApp.")).toEqual(["+31\u00A06\u00A012345678"]);
  });
});

describe("the privacy guard on other pasted identifiers", () => {
  it("flags an e-mail address with a zero-width space or a fullwidth @", () => {
    expect(kindsIn("Mail j.devries\u200B@example.nl of p.jansen＠example.com.")).toEqual(["email", "email"]);
  });

  it("flags a postcode and house number with no-break spaces", () => {
    expect(foundText("Meneer woont op 1234\u00A0AB\u00A012 en krijgt geen post.")).toEqual(["1234\u00A0AB\u00A012"]);
  });

  it("flags a street with a soft hyphen in its name", () => {
    expect(kindsIn("Hij slaapt bij een vriend op de Prinsen\u00ADgracht 263.")).toEqual(["postcode-house-number"]);
  });

  it.each(["geb.\u00A03–4–1950", "geboren 14\u221207\u22122008", "geboortedatum: 1985\u201103\u201112", "geb. 3\u00A0juni\u00A0’62", "geboren op １２-０３-１９８５"])(
    "flags the date of birth in %s",
    (text) => {
      expect(kindsIn(`Inwoner, ${text}, alleenstaand.`)).toEqual(["date-of-birth"]);
    },
  );
});

describe("the privacy guard on ordinary text with the same typography", () => {
  // Each ordinary text beside an identifier written with the same characters: the guard must tell them apart.
  it.each([
    ["an amount from a BSN", "De huurachterstand is €\u00A01\u00A0250,– en loopt op.", "BSN\u00A0999\u00A0970\u00A0021"],
    ["a large amount that passes the elfproef from a BSN", "De gemeente begroot €\u00A0203\u00A0830\u00A0040.", "nummer 999\u00A0970\u00A0021"],
    ["a law article from a date of birth", "Artikel\u00A04:84 Awb en art.\u202F7:232 BW bieden ruimte.", "geb.\u00A03–4–1950"],
    ["a range of days from a date of birth", "Het spreekuur is verplaatst naar 1–3 maart.", "geboren 1–3–1950"],
    ["opening hours from a phone number", "Loket open ma–vr 09:00–17:00.", "bel 06–1234\u00A05678"],
    ["a case number from a phone number", "Zaaknummer Z\u20112024\u2011001234 lijkt op G–2026–0042.", "tel.\u00A0020\u2011123\u00A04567"],
    ["a KvK number from a BSN", "KvK\u00A012345678 van zijn eenmanszaak.", "sofinummer 1234\u00A05678"],
    ["a number failing the elfproef from one passing it", "Klantnummer 123\u00A0456\u00A0789 bij de corporatie.", "klant 123\u00A0456\u00A0782"],
    ["a number a digit short from a phone number", "Meneer gaf 06–1234567 op.", "Meneer gaf 06–1234\u00A05678 op."],
    ["a date and a time from a phone number", "Tussen 06\u201112\u20112025 14:00 en 07\u201112\u20112025 09:00.", "06\u201212\u201234\u201256\u201278"],
    ["a code failing mod-97 from an IBAN", "Code NL91\u2009ABNA\u20090417\u20091643\u200901 klopt niet.", "NL91\u2009ABNA\u20090417\u20091643\u200900"],
    ["words with soft hyphens from a street", "De kosten\u00ADdelers\u00ADnorm uit de Participatie\u00ADwet.", "Kerk\u00ADstraat 12"],
  ])("tells %s", (_, ordinary, identifier) => {
    expect(kindsIn(ordinary)).toEqual([]);
    expect(kindsIn(`${ordinary} Zie ook ${identifier}.`)).toHaveLength(1);
  });
});

describe("characters that show nothing, and Word's spaced dates", () => {
  it.each([
    ["a combining grapheme joiner", "BSN 111\u034F222\u034F333"],
    ["variation selectors", "bel 06\uFE0F-1234\uFE0F5678"],
    ["a Hangul filler", "IBAN NL91\u3164ABNA\u31640417\u31641643\u3164 00"],
    ["spaces around the separators of a birth date", "geboren 01 – 02 – 1980"],
  ])("finds an identifier hidden with %s", (_how, text) => {
    expect(findPersonalData(text).length).toBeGreaterThan(0);
  });
});
