/**
 * The family's part in the case (issue 4, part 8): what a parent or the student adds to the next IEP, the
 * requests they make, and the checklist a parent fills in before a meeting. Pure: `today` and the state
 * profile are arguments.
 *
 * - Parent concerns: the IEP team considers "the concerns of the parents for enhancing the education of their
 *   child" (34 CFR 300.324(a)(1)(ii)); the IEP's present levels carry them. Only a guardian who holds the
 *   educational rights speaks for the child here (a grandparent without them reads, but does not add).
 * - Student input: the student is invited when transition is discussed (300.321(b)) and "the student is the I
 *   in IEP"; the student's own account adds input from the state profile's `studentPortalAge` — on the birthday
 *   itself, not the day before (ageOn: a person turns N on their birthday; 29 February → 1 March).
 */
import { addDays, ageOn, birthdayOf, type IsoDate } from './dates';
import type { StateProfile } from './state-profiles';

export const FAMILY_INPUT_KINDS = ['parent_concern', 'student_input'] as const;
export type FamilyInputKind = (typeof FAMILY_INPUT_KINDS)[number];

export const FAMILY_AUTHOR_ROLES = ['guardian', 'student'] as const;
export type FamilyAuthorRole = (typeof FAMILY_AUTHOR_ROLES)[number];

export const MEETING_REQUEST_STATUSES = ['open', 'scheduled', 'closed'] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];

/** Text limits (characters, after trimming). A concern is a few paragraphs, not a report. */
export const FAMILY_LIMITS = {
  inputText: 4000,
  meetingReason: 2000,
  preferredTimes: 500,
  recordsScope: 1000,
  checklistNote: 4000,
  closeNote: 1000,
} as const;

/** The field in the IEP's present levels (src/domain/plan.ts PresentLevels) each kind of input goes to. */
export const PRESENT_LEVELS_FIELD = {
  parent_concern: 'parentConcerns',
  student_input: 'studentInput',
} as const satisfies Record<FamilyInputKind, 'parentConcerns' | 'studentInput'>;

/** The day a student may first sign in to the portal and add input: their `studentPortalAge` birthday. */
export function studentPortalOpensOn(dateOfBirth: IsoDate, profile: Pick<StateProfile, 'studentPortalAge'>): IsoDate {
  // birthdayOf keeps 29 February → 1 March in common years, the same reading as ageOn.
  return birthdayOf(dateOfBirth, profile.studentPortalAge);
}

/** Whether the student has reached the profile's portal age on `today` (the birthday counts). */
export function studentPortalOpen(
  dateOfBirth: IsoDate,
  today: IsoDate,
  profile: Pick<StateProfile, 'studentPortalAge'>,
): boolean {
  return ageOn(dateOfBirth, today) >= profile.studentPortalAge;
}

export type InputRefusal = 'not_family' | 'no_educational_rights' | 'below_portal_age';

export interface InputContext {
  role: string;
  /** For a guardian: whether they hold the educational rights for this student. */
  educationalRights: boolean;
  /** For a student account: the student's date of birth. */
  dateOfBirth: IsoDate | null;
  today: IsoDate;
  profile: Pick<StateProfile, 'studentPortalAge'>;
}

/**
 * Who may add what: a guardian with educational rights adds parent concerns; the student's own account adds
 * student input from the portal age. Anyone else adds nothing (staff write the present levels themselves).
 */
export function mayAddFamilyInput(
  c: InputContext,
): { allowed: true; kind: FamilyInputKind } | { allowed: false; reason: InputRefusal } {
  if (c.role === 'guardian')
    return c.educationalRights
      ? { allowed: true, kind: 'parent_concern' }
      : { allowed: false, reason: 'no_educational_rights' };
  if (c.role === 'student') {
    if (c.dateOfBirth === null || !studentPortalOpen(c.dateOfBirth, c.today, c.profile))
      return { allowed: false, reason: 'below_portal_age' };
    return { allowed: true, kind: 'student_input' };
  }
  return { allowed: false, reason: 'not_family' };
}

/** Trimmed text within a limit, or the reason it is refused (empty, too long). */
export function checkText(
  text: string,
  max: number,
  opts: { required: boolean } = { required: true },
): { ok: true; text: string } | { ok: false; message: string } {
  const t = text.replace(/\r\n?/g, '\n').trim();
  if (opts.required && t.length === 0) return { ok: false, message: 'Write something first.' };
  if (t.length > max) return { ok: false, message: `At most ${max} characters (this has ${t.length}).` };
  return { ok: true, text: t };
}

/**
 * The input as it is added to the draft's present levels: after what is there (a blank line between), signed
 * with who wrote it and when, so the team sees whose words they are. Null when the result would pass `max`.
 */
export function appendToPresentLevels(
  existing: string,
  input: { text: string; authorName: string; writtenOn: IsoDate },
  max: number,
): string | null {
  const entry = `${input.text.trim()}\n— ${input.authorName}, ${input.writtenOn}`;
  const before = existing.trimEnd();
  const out = before ? `${before}\n\n${entry}` : entry;
  return out.length > max ? null : out;
}

// ---- the preparation checklist (before a meeting) -----------------------------------------------------------

/** What a parent can do before a meeting (the seed: "How can parents prepare for an IEP meeting?"). */
export const PREPARATION_ITEMS = [
  'read_current_plan', // read the IEP in effect and the latest progress report
  'gather_documents', // progress reports, evaluations, notes from doctors or therapists
  'talk_with_child', // ask the child what helps and what is hard
  'list_questions', // write down questions
  'bring_someone', // decide whether to bring a friend, an interpreter or an advocate
  'ask_for_interpreter', // ask for an interpreter if needed
  'ask_for_drafts', // ask for drafts or evaluation reports before the meeting
] as const;
export type PreparationItem = (typeof PREPARATION_ITEMS)[number];

export const PREPARATION_NOTES = ['questions', 'strengths', 'concerns', 'working', 'requests'] as const;
export type PreparationNote = (typeof PREPARATION_NOTES)[number];

export interface PreparationChecklist {
  /** The items ticked, in PREPARATION_ITEMS order. */
  items: PreparationItem[];
  /** Questions; the child's strengths; concerns; what is working; what I want to ask the team for. */
  notes: Record<PreparationNote, string>;
}

export function emptyChecklist(): PreparationChecklist {
  return { items: [], notes: { questions: '', strengths: '', concerns: '', working: '', requests: '' } };
}

/**
 * A checklist as sent, checked: known items only (duplicates dropped, kept in the list's order), every note
 * within the limit. Returns the normalized checklist or the field errors.
 */
export function checkChecklist(input: {
  items: readonly string[];
  notes: Partial<Record<string, string>>;
}): { ok: true; checklist: PreparationChecklist } | { ok: false; errors: { path: string; message: string }[] } {
  const errors: { path: string; message: string }[] = [];
  input.items.forEach((item, i) => {
    if (!(PREPARATION_ITEMS as readonly string[]).includes(item))
      errors.push({ path: `items.${i}`, message: `Not a checklist item: use one of ${PREPARATION_ITEMS.join(', ')}.` });
  });
  for (const key of Object.keys(input.notes)) {
    if (!(PREPARATION_NOTES as readonly string[]).includes(key))
      errors.push({
        path: `notes.${key}`,
        message: `Not a note of the checklist: use ${PREPARATION_NOTES.join(', ')}.`,
      });
  }
  const notes = emptyChecklist().notes;
  for (const key of PREPARATION_NOTES) {
    const r = checkText(input.notes[key] ?? '', FAMILY_LIMITS.checklistNote, { required: false });
    if (r.ok) notes[key] = r.text;
    else errors.push({ path: `notes.${key}`, message: r.message });
  }
  if (errors.length) return { ok: false, errors };
  const ticked = new Set(input.items);
  return { ok: true, checklist: { items: PREPARATION_ITEMS.filter((i) => ticked.has(i)), notes } };
}

/** How far along the checklist is: items ticked and notes written, out of all. */
export function checklistProgress(c: PreparationChecklist): { done: number; total: number } {
  const notes = PREPARATION_NOTES.filter((n) => c.notes[n].trim() !== '').length;
  return { done: c.items.length + notes, total: PREPARATION_ITEMS.length + PREPARATION_NOTES.length };
}

// ---- records ------------------------------------------------------------------------------------------------

/** Days the district has to let parents inspect their child's records, from the request (34 CFR 300.613(a)). */
export const RECORDS_REQUEST_DAYS = 45;

/** A meeting or hearing the records must be shown before (300.613(a)). */
export interface RecordsMeeting {
  on: IsoDate;
  kind: 'iep_meeting' | 'resolution_meeting' | 'hearing';
}

/**
 * The last day to let the parent inspect the records (34 CFR 300.613(a)): "without unnecessary delay and before any
 * meeting regarding an IEP, or any hearing pursuant to 300.507 or 300.530 through 300.532, or resolution session
 * pursuant to 300.510, and in no case more than 45 days after the request". The request day is day 0: due on day 45,
 * or the day before the first such meeting or hearing after the request, when that comes sooner. `before` names it.
 */
export function recordsRequestDue(
  requestedOn: IsoDate,
  meetings: readonly RecordsMeeting[] = [],
): { due: IsoDate; before: RecordsMeeting | null } {
  const latest = addDays(requestedOn, RECORDS_REQUEST_DAYS);
  const next = [...meetings].filter((m) => m.on > requestedOn).sort((a, b) => a.on.localeCompare(b.on))[0];
  if (next && addDays(next.on, -1) < latest) return { due: addDays(next.on, -1), before: next };
  return { due: latest, before: null };
}
