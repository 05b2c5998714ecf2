import { describe, expect, it } from "vitest";
import { normalisePastedText, stripInvisibleCharacters } from "../../src/privacy/normalise-pasted-text.ts";

const plain = (text: string) => normalisePastedText(text).text;

describe("normalising pasted text before the privacy scan", () => {
  it.each([
    ["no-break space", "999\u00A0970\u00A0021"],
    ["narrow no-break space", "999\u202F970\u202F021"],
    ["thin space", "999\u2009970\u2009021"],
    ["figure space", "999\u2007970\u2007021"],
    ["ideographic space", "999\u3000970\u3000021"],
    ["tab", "999\t970\t021"],
  ])("turns a %s into a plain space", (_, text) => {
    expect(plain(text)).toBe("999 970 021");
  });

  it.each([
    ["en dash", "\u2013"],
    ["em dash", "\u2014"],
    ["minus sign", "\u2212"],
    ["non-breaking hyphen", "\u2011"],
    ["figure dash", "\u2012"],
    ["hyphen", "\u2010"],
    ["fullwidth hyphen-minus", "\uFF0D"],
  ])("turns an %s into -", (_, dash) => {
    expect(plain(`06${dash}12345678`)).toBe("06-12345678");
  });

  it.each([
    ["zero-width space", "\u200B"],
    ["zero-width non-joiner", "\u200C"],
    ["zero-width joiner", "\u200D"],
    ["word joiner", "\u2060"],
    ["byte-order mark", "\uFEFF"],
    ["soft hyphen", "\u00AD"],
    ["left-to-right override", "\u202D"],
  ])("removes a %s", (_, invisible) => {
    expect(plain(`99997${invisible}0021`)).toBe("999970021");
  });

  it("reads fullwidth digits and letters as plain ones (NFKC)", () => {
    expect(plain("ＮＬ９１ ＡＢＮＡ ０４１７ １６４３ ００")).toBe("NL91 ABNA 0417 1643 00");
    expect(plain("p.jansen＠example.nl")).toBe("p.jansen@example.nl");
  });

  it("makes curly apostrophes and the numero sign plain", () => {
    expect(plain("geb. 3 maart ’85, Kerkstraat № 12")).toBe("geb. 3 maart '85, Kerkstraat No 12");
  });

  it("keeps line breaks, so a detector still sees where a line ends", () => {
    expect(plain("BSN\u2028999970021\nklaar")).toBe("BSN\n999970021\nklaar");
  });

  it("leaves plain text as it is", () => {
    const text = "Kostendelersnorm, art. 4:84 Awb – € 1.250,- per maand.";
    expect(plain(text)).toBe("Kostendelersnorm, art. 4:84 Awb - € 1.250,- per maand.");
    expect(plain("Gewone tekst zonder bijzondere tekens.")).toBe("Gewone tekst zonder bijzondere tekens.");
  });

  it("maps a span of the normalised text back to the characters as written", () => {
    const written = "Bel \u202D０６\u2013\u200B1234\u00A05678\u202C of mail.";
    const { text, toOriginal } = normalisePastedText(written);
    const start = text.indexOf("06");
    const span = toOriginal({ start, end: start + "06-1234 5678".length });
    expect(text.slice(start, start + 12)).toBe("06-1234 5678");
    expect(written.slice(span.start, span.end)).toBe("０６\u2013\u200B1234\u00A05678");
  });

  it("maps an accent written as a separate mark together with its letter", () => {
    const written = "Cafe\u0301straat 12";
    const { text, toOriginal } = normalisePastedText(written);
    expect(text).toBe("Caf\u00E9straat 12");
    expect(toOriginal({ start: 0, end: text.length })).toEqual({ start: 0, end: written.length });
  });
});

describe("stripping invisible characters from stored text", () => {
  it("removes soft hyphens, zero-width characters and direction marks", () => {
    expect(stripInvisibleCharacters("kosten\u00ADdelers\u200Bnorm\u2060 \uFEFF\u202Dtekst\u202C")).toBe("kostendelersnorm tekst");
  });

  it("keeps everything visible as typed: no-break spaces, dashes, fullwidth digits, accents", () => {
    const text = "€\u00A01\u00A0250,– op 1–3 maart, ３ weken, café";
    expect(stripInvisibleCharacters(text)).toBe(text);
  });

  it("keeps the joiner inside an emoji", () => {
    expect(stripInvisibleCharacters("Top 👩\u200D💻 en 1\u200D2")).toBe("Top 👩\u200D💻 en 12");
  });
});
