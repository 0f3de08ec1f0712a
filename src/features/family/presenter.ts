/** Family records as the API shows them: explicit field allow-lists (no row is serialized as it is). */
import type { FamilyInputRow, MeetingRequestRow, PreparationRow } from '../../db/family-repo';
import { checklistProgress, emptyChecklist, type PreparationChecklist } from '../../domain/family';

export function presentInput(r: FamilyInputRow) {
  return {
    id: r.id,
    studentId: r.studentId,
    kind: r.kind,
    authorName: r.authorName,
    authorRole: r.authorRole,
    text: r.text,
    createdAt: r.createdAt,
    planId: r.planId,
    acknowledgedByName: r.acknowledgedByName,
    acknowledgedAt: r.acknowledgedAt,
  };
}

export function presentMeetingRequest(r: MeetingRequestRow) {
  return {
    id: r.id,
    studentId: r.studentId,
    requestedByName: r.requestedByName,
    reason: r.reason,
    preferredTimes: r.preferredTimes,
    createdAt: r.createdAt,
    status: r.status,
    handledByName: r.handledByName,
    handledAt: r.handledAt,
    handledNote: r.handledNote,
    version: r.version,
  };
}

/** A checklist as stored, read defensively (jsonb written by this code, but never trusted blindly). */
function checklistOf(raw: unknown): PreparationChecklist {
  const base = emptyChecklist();
  if (!raw || typeof raw !== 'object') return base;
  const r = raw as { items?: unknown; notes?: unknown };
  const items = Array.isArray(r.items)
    ? (r.items.filter((i) => typeof i === 'string') as PreparationChecklist['items'])
    : [];
  const notes = { ...base.notes };
  if (r.notes && typeof r.notes === 'object') {
    for (const k of Object.keys(notes) as (keyof typeof notes)[]) {
      const v = (r.notes as Record<string, unknown>)[k];
      if (typeof v === 'string') notes[k] = v;
    }
  }
  return { items, notes };
}

export function presentPreparation(meetingId: string, studentId: string, r: PreparationRow | null) {
  const checklist = r ? checklistOf(r.checklist) : emptyChecklist();
  return {
    meetingId,
    studentId,
    version: r?.version ?? 0,
    checklist,
    progress: checklistProgress(checklist),
    updatedAt: r?.updatedAt ?? null,
    sharedAt: r?.sharedAt ?? null,
  };
}
