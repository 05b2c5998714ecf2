import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import { mayMoveCases } from "./permissions.ts";
import type { Language, Reply, UserRef } from "../chat/vocabulary.ts";
import { formatUser, textMessage } from "../chat/vocabulary.ts";
import { inTransaction } from "../storage/database.ts";
import type { TeamConfig } from "../config/config-schema.ts";
import { numberIn, stringIn } from "../forms/form-context.ts";
import { validateForm } from "../forms/validate-form.ts";
import { localDateKey } from "../time/local-time.ts";
import { canMove, MOVES, needsForm, targetOf, type CaseRecord, type Move } from "./case-model.ts";
import { moveForm } from "./case-form.ts";
import { enqueueMoveAnnouncement } from "./case-effects.ts";
import { getCase, moveCase, recordRefusal, type CaseChange } from "./case-store.ts";
import { caseTexts } from "./case-texts.ts";
import { readDecision } from "./read-decision.ts";
import { escalationChoices, readEscalation, withdrawEscalations } from "../proposals/escalate-case.ts";
import { planLookbacks } from "../proposals/lookbacks.ts";

function isMove(value: string): value is Move {
  return (MOVES as readonly string[]).includes(value);
}

/** A triage button: moves at once, or opens the form for reasons, a date or a recipient. */
export async function startMove(core: Core, user: UserRef, move: Move, caseId: number): Promise<Reply> {
  const checked = checkMove(core, user, move, caseId);
  if ("reply" in checked) return checked.reply;
  const { record, language } = checked;
  if (needsForm(move)) return { kind: "open-form", form: moveForm(move, record.id, record.reference, language, escalationChoices(core))! };
  return applyMove(core, user, record, move, {}, null, language);
}

export async function submitMove(core: Core, user: UserRef, context: string, raw: Record<string, string>): Promise<Reply> {
  const caseId = numberIn(context, "case") ?? -1;
  const named = stringIn(context, "move") ?? "";
  const move = isMove(named) ? named : undefined;
  if (!move) return { kind: "notice", message: textMessage(caseTexts[core.config.language].unknownCase("?")) };
  const checked = checkMove(core, user, move, caseId);
  if ("reply" in checked) return checked.reply;
  const { record, language } = checked;
  const check = validateForm(moveForm(move, record.id, record.reference, language, escalationChoices(core))!.fields, raw, language);
  if (!check.ok) return { kind: "form-errors", errors: check.errors };
  const v = check.values;
  if (move === "pause" && v.pausedUntil! <= localDateKey(core.clock.now(), core.config.timezone)) {
    return { kind: "form-errors", errors: { pausedUntil: caseTexts[language].pauseInPast } };
  }
  const actor = formatUser(user);
  if (move === "decide") {
    const decision = readDecision(v, record, actor, language);
    if (!decision.ok) return { kind: "form-errors", errors: decision.errors };
    // Weeks later its owner and submitter are asked whether it helped (the look-back); a question still
    // waiting upward is settled by the decision and no longer reminded.
    const after = (moved: CaseRecord) => {
      planLookbacks(core, moved, actor);
      withdrawEscalations(core, moved.id, actor);
    };
    return applyMove(core, user, record, move, decision.change, decision.note, language, after);
  }
  if (move === "escalate") {
    const escalation = readEscalation(core, v, language);
    if (!escalation.ok) return { kind: "form-errors", errors: escalation.errors };
    return applyMove(core, user, record, move, escalation.change, escalation.note, language, (moved) => escalation.open(moved, actor));
  }
  const change: Partial<CaseChange> = move === "pause" ? { pausedUntil: v.pausedUntil } : { closeReason: v.closeReason };
  const after = move === "close" ? () => withdrawEscalations(core, record.id, actor) : undefined;
  return applyMove(core, user, record, move, change, v.note || v.closeReason || null, language, after);
}

type Checked = { record: CaseRecord; team: TeamConfig; language: Language } | { reply: Reply };

function checkMove(core: Core, user: UserRef, move: Move, caseId: number): Checked {
  const record = getCase(core.db, caseId);
  const team = record && findTeam(core, record.team);
  const language = languageOf(core, team);
  const t = caseTexts[language];
  if (!record || !team) return { reply: { kind: "notice", message: textMessage(t.unknownCase(String(caseId))) } };
  if (!mayMoveCases(core, team, user)) {
    recordRefusal(core.db, record.id, formatUser(user), `${move} refused: not a lead of ${team.key}`, core.clock.now());
    core.logger.info({ case: record.reference, move }, "case move refused: not a lead");
    return { reply: { kind: "notice", message: textMessage(t.refused) } };
  }
  if (!canMove(record.status, move)) {
    return { reply: { kind: "notice", message: textMessage(t.notAllowedNow(t.move[move], t.status[record.status])) } };
  }
  return { record, team, language };
}

async function applyMove(
  core: Core,
  user: UserRef,
  record: CaseRecord,
  move: Move,
  details: Partial<CaseChange>,
  note: string | null,
  language: Language,
  /** What else the move sets going, in the same transaction (an escalation, a look-back). */
  after?: (moved: CaseRecord) => void,
): Promise<Reply> {
  const t = caseTexts[language];
  const actor = formatUser(user);
  const change: CaseChange = { status: targetOf(move), ...details };
  if (move === "take") change.owner = actor;
  if (move === "resume") change.pausedUntil = null;
  const moved = inTransaction(core.db, () => {
    const changed = moveCase(core.db, record.id, record.status, change, actor, note, core.clock.now());
    if (changed) {
      enqueueMoveAnnouncement(core, changed, record.status, actor);
      after?.(changed);
    }
    return changed;
  });
  core.outbox.kick();
  if (!moved) {
    const current = getCase(core.db, record.id);
    return { kind: "notice", message: textMessage(t.alreadyMoved(t.status[current?.status ?? record.status])) };
  }
  core.logger.info({ case: moved.reference, from: record.status, to: moved.status }, "case moved");
  return { kind: "notice", message: textMessage(t.movedNotice(moved.reference, t.status[moved.status])) };
}

