import type { Core } from "./core.ts";
import type { Language } from "../chat/vocabulary.ts";
import { dispatchTexts } from "./dispatch-texts.ts";

/** "Wat bewaren we": the plain promise plus this organisation's actual retention periods. */
export function storageText(core: Core, language: Language): string {
  const t = dispatchTexts[language];
  const r = core.config.retention;
  const periods = [
    t.keptFor(t.kinds.answers, r.answersDays),
    t.keptFor(t.kinds.logbook, r.logbookDays),
    t.keptFor(t.kinds.closedCases, r.closedCasesDays),
    t.keptFor(t.kinds.audit, r.auditDays),
  ];
  return [t.storage, ...periods, t.erasure].join("\n");
}
