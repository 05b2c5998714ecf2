import type { Core } from "../dispatch/core.ts";
import { findTeam, languageOf } from "../team/find-team.ts";
import type { Language } from "../chat/vocabulary.ts";
import { parseUser, textMessage } from "../chat/vocabulary.ts";
import type { CaseRecord } from "../cases/case-model.ts";
import { listCasePosts } from "../cases/case-post-store.ts";
import { getCase } from "../cases/case-store.ts";
import { enqueueDirect, enqueuePost } from "../outbox/platform-effects.ts";

export interface FollowUp {
  /** The line in the case's triage thread. */
  thread: string;
  /** The direct message to a named submitter; anonymous ones read it with their receipt (case status). */
  submitter: string;
}

/**
 * What became of a proposal or escalation flows back to every linked case: a line in its triage thread
 * and a direct message to its named submitter, each in the case's team language. Call inside the
 * transaction that saves the change.
 */
export function enqueueFollowUp(core: Core, caseIds: number[], write: (record: CaseRecord, language: Language) => FollowUp): void {
  for (const caseId of caseIds) {
    const record = getCase(core.db, caseId);
    if (!record) continue;
    const follow = write(record, languageOf(core, findTeam(core, record.team)));
    for (const ref of listCasePosts(core.db, record.id)) {
      enqueuePost(core, ref.platform, ref.conversationId, textMessage(follow.thread), ref.messageId);
    }
    const submitter = record.submitter ? parseUser(record.submitter) : undefined;
    if (submitter) enqueueDirect(core, submitter, textMessage(follow.submitter));
  }
}
