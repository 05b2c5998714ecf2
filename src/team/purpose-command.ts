import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "./find-team.ts";
import type { Field, Language, Place, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser } from "../chat/vocabulary.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { stringIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { inTransaction } from "../storage/database.ts";
import { commandTeam, isLeadOf, notice } from "./command-team.ts";
import { quarterOf } from "./local-days.ts";
import { confirmPurpose, findPurpose, savePurpose } from "./purpose-store.ts";
import { enqueueAnnouncement, enqueuePurposeCheckRefresh } from "./team-effects.ts";
import { teamTexts } from "./team-texts.ts";

export const PURPOSE_MAX_LENGTH = 200;

function purposeField(language: Language, initial?: string): Field {
  const t = teamTexts[language];
  return { name: "text", label: t.purposeLabel, kind: "text", isRequired: true, maxLength: PURPOSE_MAX_LENGTH, hint: t.purposeHint, ...(initial ? { initial } : {}) };
}

/** `/casus bedoeling [TEAM] [tekst]`: shows the team's bedoeling; a lead sets it (or gets the form). */
export function purposeCommand(core: Core, user: UserRef, place: Place, text: string, language: Language): Reply {
  const chosen = commandTeam(core, user, place, text, language);
  if (!chosen.ok) return chosen.reply;
  const { team, rest } = chosen;
  const t = teamTexts[language];
  const current = findPurpose(core.db, team.key);
  if (rest === "" && !isLeadOf(core, team, user)) return notice(current ? t.currentPurpose(team.name, current.text) : t.noPurpose(team.name));
  if (!isLeadOf(core, team, user)) return notice(t.purposeOnlyLeads(team.name));
  if (rest === "") return openPurposeForm(core, user, team.key);
  const check = validateForm([purposeField(language)], { text: rest }, language);
  if (!check.ok) return notice(check.errors.text === undefined ? t.purposeTooLong(PURPOSE_MAX_LENGTH) : check.errors.text);
  return setPurpose(core, user, team, check.values.text!, language);
}

/** "Aanpassen" on the quarter's question, or `/casus bedoeling` without text: the form, for leads. */
export function openPurposeForm(core: Core, user: UserRef, teamKey: string): Reply {
  const team = findTeam(core, teamKey.split("|")[0] ?? "");
  const language = languageOf(core, team);
  if (!team) return notice(teamTexts[language].checkClosed);
  if (!isLeadOf(core, team, user)) return notice(teamTexts[language].purposeOnlyLeads(team.name));
  const t = teamTexts[language];
  const form = {
    id: "purpose.submit",
    title: t.purposeFormTitle,
    submitLabel: t.purposeFormSubmit,
    fields: [purposeField(language, findPurpose(core.db, team.key)?.text)],
    context: JSON.stringify({ team: team.key }),
  };
  return { kind: "open-form", form };
}

export function submitPurpose(core: Core, user: UserRef, context: string, values: Record<string, string>): Reply {
  const team = findTeam(core, stringIn(context, "team") ?? "");
  const language = languageOf(core, team);
  if (!team) return notice(teamTexts[language].checkClosed);
  if (!isLeadOf(core, team, user)) return notice(teamTexts[language].purposeOnlyLeads(team.name));
  const check = validateForm([purposeField(language)], values, language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  return setPurpose(core, user, team, check.values.text!, language);
}

/** "Klopt nog": a lead answers the quarter's question; the question's posts show who did. */
export function keepPurpose(core: Core, user: UserRef, value: string): Reply {
  const [teamKey = "", quarter = ""] = value.split("|");
  const team = findTeam(core, teamKey);
  const language = languageOf(core, team);
  const t = teamTexts[language];
  if (!team) return notice(t.checkClosed);
  if (!isLeadOf(core, team, user)) return notice(t.purposeOnlyLeads(team.name));
  const isKept = inTransaction(core.db, () => {
    if (!confirmPurpose(core.db, team.key, quarter, formatUser(user), core.clock.now())) return false;
    enqueuePurposeCheckRefresh(core, team.key, quarter);
    return true;
  });
  core.outbox.kick();
  return notice(isKept ? t.confirmedNotice : t.checkClosed);
}

function setPurpose(core: Core, user: UserRef, team: TeamConfig, text: string, language: Language): Reply {
  const by = formatUser(user);
  const now = core.clock.now();
  const quarter = quarterOf(now, core.config.timezone);
  inTransaction(core.db, () => {
    const asked = findPurpose(core.db, team.key)?.checkedQuarter;
    savePurpose(core.db, team.key, text, by, now, quarter);
    // This quarter's question, if it was asked, shows the change as its answer.
    if (asked === quarter) enqueuePurposeCheckRefresh(core, team.key, quarter);
    enqueueAnnouncement(core, team, by, { note: "purpose", text });
  });
  core.outbox.kick();
  core.logger.info({ team: team.key }, "team bedoeling set");
  return notice(teamTexts[language].purposeSaved(team.name, text));
}
