/**
 * Record factories, part 3: the case clock's events (a discipline removal is one), in-app notifications, prior
 * written notices, and what a family sends through the portal (input for the plan, a request for a meeting). Shared
 * by the demo seed and the tests like parts 1 and 2 (src/db/factories.ts, factories-records.ts): defaults for every
 * field a caller does not care about, random ids unless given, plain SQL in the caller's transaction. The
 * repositories (case-events-repo.ts, notifications-repo.ts, family-repo.ts) write these rows for a signed-in person,
 * with a random id and the time now; the demo needs its own ids and times, so these write the same columns directly.
 */
import type { CaseEventKind } from '../domain/case-events';
import type { RemovalType } from '../domain/discipline';
import type { Queryable } from './connect';
import { newId } from './factories';

export interface CaseEventInput {
  id?: string;
  districtId: string;
  studentId: string;
  kind: CaseEventKind;
  occurredOn: string;
  details?: Record<string, unknown>;
  /** Who recorded it (a case manager by default, with no account). */
  recordedById?: string | null;
  recordedByName?: string;
  /** When it was recorded: `recordedAtTime` (UTC) on the day it happened, 16:00 by default. */
  recordedAtTime?: string;
  /** The record that produced it (e.g. 'consent', 'discipline_notice') and its id. */
  sourceType?: string | null;
  sourceId?: string | null;
}

/** Events on the case clock (one statement each, in list order); their ids. */
export async function createCaseEvents(q: Queryable, events: CaseEventInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const e of events) {
    const id = e.id ?? newId();
    await q.query(
      `INSERT INTO case_events (id, district_id, student_id, kind, occurred_on, details, recorded_by, recorded_by_name, recorded_at, source_type, source_id)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::date, $6::jsonb, $7::uuid, $8, ($5::date + $9::time) AT TIME ZONE 'UTC', $10, $11::uuid)`,
      [
        id,
        e.districtId,
        e.studentId,
        e.kind,
        e.occurredOn,
        JSON.stringify(e.details ?? {}),
        e.recordedById ?? null,
        e.recordedByName ?? 'Test Case Manager',
        e.recordedAtTime ?? '16:00',
        e.sourceType ?? null,
        e.sourceId ?? null,
      ],
    );
    ids.push(id);
  }
  return ids;
}

export async function createCaseEvent(q: Queryable, e: CaseEventInput): Promise<string> {
  const [id] = await createCaseEvents(q, [e]);
  if (!id) throw new Error('no case event was created');
  return id;
}

export interface RemovalInput extends Omit<CaseEventInput, 'kind' | 'occurredOn' | 'details'> {
  /** The day it was decided (the first day by default). */
  decidedOn?: string;
  type?: RemovalType;
  firstDay: string;
  lastDay?: string;
  behavior?: string;
  /** Any other detail of the removal (inSchool, bus, note). */
  more?: Record<string, unknown>;
}

/** A disciplinary removal (src/domain/discipline.ts): an out-of-school suspension of one day by default. */
export async function createRemoval(q: Queryable, r: RemovalInput): Promise<string> {
  const { decidedOn, type, firstDay, lastDay, behavior, more, ...event } = r;
  return createCaseEvent(q, {
    ...event,
    kind: 'disciplinary_removal',
    occurredOn: decidedOn ?? firstDay,
    details: {
      type: type ?? 'out_of_school_suspension',
      firstDay,
      lastDay: lastDay ?? firstDay,
      behavior: behavior ?? 'Test behavior.',
      ...more,
    },
  });
}

export interface NotificationInput {
  id?: string;
  districtId: string;
  userId: string;
  studentId?: string | null;
  kind?: string;
  /** A message key of the catalogue and the values its words need. */
  message?: string;
  params?: Record<string, unknown>;
  link?: string | null;
  dedupeKey?: string | null;
  /** now by default. */
  createdAt?: string | null;
  mailedAt?: string | null;
  readAt?: string | null;
}

/** One person's in-app notification; its id. */
export async function createNotification(q: Queryable, n: NotificationInput): Promise<string> {
  const id = n.id ?? newId();
  await q.query(
    `INSERT INTO notifications (id, district_id, user_id, student_id, kind, message, params, link, dedupe_key, created_at, mailed_at, read_at)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, $6, $7::jsonb, $8, $9, COALESCE($10::timestamptz, now()), $11::timestamptz, $12::timestamptz)`,
    [
      id,
      n.districtId,
      n.userId,
      n.studentId ?? null,
      n.kind ?? 'deadline',
      n.message ?? 'notifications.deadline.reminder',
      JSON.stringify(n.params ?? {}),
      n.link ?? null,
      n.dedupeKey ?? null,
      n.createdAt ?? null,
      n.mailedAt ?? null,
      n.readAt ?? null,
    ],
  );
  return id;
}

/** The seven elements of a prior written notice (34 CFR 300.503(b)), in order; empty by default. */
export interface NoticeElements {
  actionDescription?: string;
  reasons?: string;
  evaluationsUsed?: string;
  safeguardsStatement?: string;
  assistanceSources?: string;
  optionsConsidered?: string;
  otherFactors?: string;
}

export interface NoticeInput extends NoticeElements {
  id?: string;
  districtId: string;
  studentId: string;
  action?: 'proposes' | 'refuses';
  subject?: string;
  language?: string;
  /** Issued on this day at `issuedAt` (a draft when not given). */
  issuedOn?: string | null;
  issuedAt?: string | null;
  /** Who wrote it (and issued it, when issued). */
  createdById?: string | null;
  createdByName?: string;
  /** 2 when issued, else 1, by default. */
  version?: number;
  createdAt?: string | null;
  /** The time it was issued by default, else created_at. */
  updatedAt?: string | null;
}

/** A prior written notice, a draft or issued; its id. */
export async function createNotice(q: Queryable, n: NoticeInput): Promise<string> {
  const id = n.id ?? newId();
  const issued = n.issuedOn !== undefined && n.issuedOn !== null;
  const by = n.createdByName ?? 'Test Case Manager';
  const createdAt = n.createdAt ?? null;
  const issuedAt = issued ? (n.issuedAt ?? `${n.issuedOn}T17:00:00Z`) : null;
  await q.query(
    `INSERT INTO prior_written_notices (id, district_id, student_id, action, subject, action_description, reasons, evaluations_used,
       safeguards_statement, assistance_sources, options_considered, other_factors, language, status, issued_at, issued_on, issued_by, issued_by_name,
       created_by, created_by_name, version, created_at, updated_at)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::timestamptz, $16::date, $17::uuid, $18, $19::uuid, $20, $21,
       COALESCE($22::timestamptz, now()), COALESCE($23::timestamptz, $15::timestamptz, $22::timestamptz, now()))`,
    [
      id,
      n.districtId,
      n.studentId,
      n.action ?? 'proposes',
      n.subject ?? 'initial_evaluation',
      n.actionDescription ?? '',
      n.reasons ?? '',
      n.evaluationsUsed ?? '',
      n.safeguardsStatement ?? '',
      n.assistanceSources ?? '',
      n.optionsConsidered ?? '',
      n.otherFactors ?? '',
      n.language ?? 'en',
      issued ? 'issued' : 'draft',
      issuedAt,
      issued ? n.issuedOn : null,
      issued ? (n.createdById ?? null) : null,
      issued ? by : null,
      n.createdById ?? null,
      by,
      n.version ?? (issued ? 2 : 1),
      createdAt,
      n.updatedAt ?? null,
    ],
  );
  return id;
}

export interface FamilyInputInput {
  id?: string;
  districtId: string;
  studentId: string;
  /** The parent's (or the student's) account; its name is the author's. */
  authorUserId: string;
  /** A parent's concern (the author a guardian) by default, or a student's input (the author the student). */
  kind?: 'parent_concern' | 'student_input';
  text?: string;
  createdAt?: string | null;
}

/** A parent's concern (or a student's input) for the next plan, as the portal takes it; its id. */
export async function createFamilyInput(q: Queryable, f: FamilyInputInput): Promise<string> {
  const id = f.id ?? newId();
  const kind = f.kind ?? 'parent_concern';
  await q.query(
    `INSERT INTO family_input (id, district_id, student_id, author_user_id, author_name, author_role, kind, text, created_at)
     SELECT $1::uuid, $2::uuid, $3::uuid, u.id, u.first_name || ' ' || u.last_name, $5, $6, $7, COALESCE($8::timestamptz, now())
       FROM users u WHERE u.id = $4::uuid`,
    [
      id,
      f.districtId,
      f.studentId,
      f.authorUserId,
      kind === 'parent_concern' ? 'guardian' : 'student',
      kind,
      f.text ?? 'A concern for the next plan.',
      f.createdAt ?? null,
    ],
  );
  return id;
}

export interface MeetingRequestInput {
  id?: string;
  districtId: string;
  studentId: string;
  /** The parent's account; its name is the requester's. */
  requestedById: string;
  reason?: string;
  preferredTimes?: string;
  createdAt?: string | null;
}

/** A family's open request for a meeting; its id. */
export async function createMeetingRequest(q: Queryable, r: MeetingRequestInput): Promise<string> {
  const id = r.id ?? newId();
  await q.query(
    `INSERT INTO meeting_requests (id, district_id, student_id, requested_by, requested_by_name, reason, preferred_times, created_at)
     SELECT $1::uuid, $2::uuid, $3::uuid, u.id, u.first_name || ' ' || u.last_name, $5, $6, COALESCE($7::timestamptz, now())
       FROM users u WHERE u.id = $4::uuid`,
    [
      id,
      r.districtId,
      r.studentId,
      r.requestedById,
      r.reason ?? 'We would like to meet.',
      r.preferredTimes ?? '',
      r.createdAt ?? null,
    ],
  );
  return id;
}
