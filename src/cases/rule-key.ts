/**
 * The key rode draden are grouped on: a rule's text with case, accents, spacing and punctuation
 * ignored, so "Art. 4 Wmo" and "art 4 wmo" meet. Stored with each case (cases.rule_key).
 */
export function normaliseRule(rule: string): string {
  return rule
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
