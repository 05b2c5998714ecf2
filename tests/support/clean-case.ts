/** A case every form accepts: all required fields, no citizen's data. */
export const CLEAN_CASE = {
  title: "Kleinzoon tijdelijk inwonend, korting op aanvulling",
  situation: "Alleenstaande oudere met AOW en aanvulling. Haar kleinzoon (student) woont een paar maanden bij haar zonder inkomen.",
  rule: "Kostendelersnorm",
  ruleLevel: "law",
  bedoeling: "Bestaanszekerheid: de norm gaat uit van gedeelde kosten, die zijn er hier niet.",
  unwantedEffect: "Haar uitkering daalt van 70% naar 50% van het sociaal minimum.",
  proposal: "Tijdelijk buiten de kostendelersnorm laten zolang de kleinzoon geen inkomen heeft.",
  urgency: "high",
  team: "kcc",
  isAnonymous: "false",
};
