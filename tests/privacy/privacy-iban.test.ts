import { describe, expect, it } from "vitest";
import { findPersonalData } from "../../src/privacy/privacy-guard.ts";
import { isValidIban } from "../../src/privacy/privacy-iban.ts";

function foundText(text: string): string[] {
  return findPersonalData(text).map((finding) => text.slice(finding.start, finding.end));
}

describe("IBANs of every registry country", () => {
  // Countries the hand-kept table lacked, and a Belgian account whose bank check digits do not add up
  // (the guard asks whether it is meant as an account, not whether the account exists). Made up; mod-97 holds.
  const accounts = [
    "MA64 0115 1900 0001 2050 0053 4921",
    "SO21 1000 0010 0100 0100 141",
    "SD21 2901 0501 2340 01",
    "YE15 CBYE 0001 0188 6123 4567 8912 34",
    "RU25 0445 2522 5407 0281 0200 0000 1234 5",
    "OM81 0180 0000 0129 9123 456",
    "MN12 1234 1234 5678 9123",
    "RE42 2004 1010 0505 0001 3M02 606",
    "BE90 0630 0029 1799",
  ];

  it("flags an account by mod-97 and its country's length and format", () => {
    for (const iban of accounts) {
      expect(isValidIban(iban), iban).toBe(true);
      expect(foundText(`Geld gaat naar ${iban} volgens de bankafschriften.`)).toEqual([iban]);
    }
  });

  it("leaves the same codes alone with their last digit changed", () => {
    for (const iban of accounts) {
      const mistyped = iban.slice(0, -1) + String((Number(iban.at(-1)) + 1) % 10);
      expect(isValidIban(mistyped), mistyped).toBe(false);
      expect(foundText(`Code ${mistyped} uit het systeem.`)).toEqual([]);
      expect(foundText(`Code ${iban} uit het systeem.`)).toEqual([iban]);
    }
  });

  it("flags an IBAN a PDF broke over two lines", () => {
    expect(findPersonalData("Rekening NL91 ABNA\n0417 1643 00 van de ex.").map((finding) => finding.kind)).toEqual(["iban"]);
  });
});
