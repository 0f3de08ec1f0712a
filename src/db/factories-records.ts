/**
 * Record factories, part 2: plans (IEP or 504, in any state), meetings with their participants, and consent
 * requests (open or answered). Shared by the demo seed and the tests like part 1 (src/db/factories.ts): defaults for
 * every field a caller does not care about, random ids unless given, plain SQL in the caller's transaction.
 */
import { empty504Content, emptyIepContent, type PlanDates, type PlanStatus } from '../domain/plan';
import type { Queryable } from './connect';
import { newId } from './factories';

export interface PlanInput {
  id?: string;
  districtId: string;
  studentId: string;
  type?: 'iep' | '504';
  /** 'draft' by default. A plan that has left draft also gets its first version in plan_versions. */
  status?: PlanStatus;
  dates?: Partial<PlanDates>;
  /** The sections (src/domain/plan.ts); an empty IEP or 504 plan by default. */
  content?: unknown;
  amendmentOf?: string;
  amendmentMethod?: 'meeting' | 'written_agreement';
  basedOn?: string;
  sharedWithFamily?: boolean;
  /** The author (created_by, finalized_by and the version's saved_by) and their name. */
  authorId?: string | null;
  authorName?: string | null;
  finalizedAt?: string | null;
  /** The plan's version (1 by default); a plan that has left draft has that version in plan_versions. */
  version?: number;
  /** created_at and updated_at; now by default. */
  createdAt?: string | null;
  updatedAt?: string | null;
}

/** A plan in effect, superseded or ended took effect on its start date; one still open or refused did not. */
const IN_EFFECT: readonly PlanStatus[] = ['active', 'superseded', 'ended'];

export async function createPlan(q: Queryable, p: PlanInput): Promise<string> {
  const id = p.id ?? newId();
  const type = p.type ?? 'iep';
  const status = p.status ?? 'draft';
  const dates: PlanDates = {
    meetingDate: p.dates?.meetingDate ?? null,
    startDate: p.dates?.startDate ?? null,
    endDate: p.dates?.endDate ?? null,
    nextAnnualReview: p.dates?.nextAnnualReview ?? null,
  };
  const content = JSON.stringify(p.content ?? (type === 'iep' ? emptyIepContent() : empty504Content()));
  const finalizedAt = p.finalizedAt ?? null;
  const authorId = p.authorId ?? null;
  await q.query(
    `INSERT INTO plans (id, district_id, student_id, type, status, amendment_of, amendment_method, meeting_date, start_date, end_date, next_annual_review,
                        content, shared_with_family, created_by, finalized_at, finalized_by, in_effect_from, based_on, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $15, $16, $17, $18, $19, COALESCE($20::timestamptz, now()),
             COALESCE($21::timestamptz, now()))`,
    [
      id,
      p.districtId,
      p.studentId,
      type,
      status,
      p.amendmentOf ?? null,
      p.amendmentMethod ?? null,
      dates.meetingDate,
      dates.startDate,
      dates.endDate,
      dates.nextAnnualReview,
      content,
      p.sharedWithFamily ?? false,
      authorId,
      finalizedAt,
      finalizedAt ? authorId : null,
      IN_EFFECT.includes(status) ? dates.startDate : null,
      p.basedOn ?? null,
      p.version ?? 1,
      p.createdAt ?? null,
      p.updatedAt ?? null,
    ],
  );
  if (status !== 'draft') {
    // The version that left draft, as it was when it took effect.
    await q.query(
      `INSERT INTO plan_versions (plan_id, version, district_id, status, meeting_date, start_date, end_date, next_annual_review, content, saved_at, saved_by, saved_by_name)
       VALUES ($1, $12, $2, $3, $4, $5, $6, $7, $8::jsonb, COALESCE($9::timestamptz, now()), $10, $11)`,
      [
        id,
        p.districtId,
        IN_EFFECT.includes(status) ? 'active' : status,
        dates.meetingDate,
        dates.startDate,
        dates.endDate,
        dates.nextAnnualReview,
        content,
        finalizedAt,
        authorId,
        p.authorName ?? null,
        p.version ?? 1,
      ],
    );
  }
  return id;
}

export interface ParticipantInput {
  id?: string;
  role: string;
  name: string;
  title?: string;
  userId?: string;
  guardianId?: string;
  interpretsEvaluations?: boolean;
  response?: string;
  respondedAt?: string;
  attendance?: string;
  attendedBy?: string;
  /** When they signed (the signature is their name). */
  signedAt?: string;
}

export interface MeetingInput {
  id?: string;
  districtId: string;
  studentId: string;
  purpose?: string;
  purposeNote?: string;
  /** The local date and time, in `timeZone` (America/Los_Angeles by default). */
  date: string;
  startTime?: string;
  timeZone?: string;
  durationMinutes?: number;
  location?: string;
  videoLink?: string;
  status?: 'scheduled' | 'held';
  noticeSentOn?: string | null;
  noticeMethod?: string | null;
  noticeLanguage?: string | null;
  minutes?: string;
  /** The plan a held meeting produced (its version 1). */
  planId?: string | null;
  heldAt?: string | null;
  createdById?: string | null;
  createdByName?: string;
  /** created_at and updated_at; now by default. */
  createdAt?: string | null;
  participants?: ParticipantInput[];
}

export async function createMeeting(q: Queryable, m: MeetingInput): Promise<string> {
  const id = m.id ?? newId();
  const createdByName = m.createdByName ?? 'Test Case Manager';
  await q.query(
    `INSERT INTO meetings (id, district_id, student_id, purpose, purpose_note, meeting_date, start_time, starts_at, time_zone, duration_minutes, location, video_link, status,
                           transition_discussed, student_in_regular_class, notice_sent_on, notice_method, notice_language, minutes, plan_id, plan_version,
                           held_at, held_by_name, created_by, created_by_name, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7::text, ($6::date + $7::text::time) AT TIME ZONE $8::text, $8::text, $9, $10, $11, $12, false, true, $13, $14, $15, $16, $17::uuid,
             CASE WHEN $17::uuid IS NULL THEN NULL ELSE 1 END, $18::timestamptz, CASE WHEN $18::timestamptz IS NULL THEN NULL ELSE $19::text END, $20, $19::text,
             COALESCE($21::timestamptz, now()), COALESCE($21::timestamptz, now()))`,
    [
      id,
      m.districtId,
      m.studentId,
      m.purpose ?? 'annual',
      m.purposeNote ?? '',
      m.date,
      m.startTime ?? '15:00',
      m.timeZone ?? 'America/Los_Angeles',
      m.durationMinutes ?? 60,
      m.location ?? '',
      m.videoLink ?? '',
      m.status ?? 'scheduled',
      m.noticeSentOn ?? null,
      m.noticeMethod ?? null,
      m.noticeLanguage ?? null,
      m.minutes ?? '',
      m.planId ?? null,
      m.heldAt ?? null,
      createdByName,
      m.createdById ?? null,
      m.createdAt ?? null,
    ],
  );
  for (const x of m.participants ?? []) {
    await q.query(
      `INSERT INTO meeting_participants (id, district_id, meeting_id, role, name, title, user_id, guardian_id, interprets_evaluations, response, responded_at, attendance, attended_by, signature_name, signed_at, created_at)
       VALUES ($1, $2, $3, $4, $5::text, $6, $7, $8, $9, $10, $11::timestamptz, $12, $13, CASE WHEN $14::timestamptz IS NULL THEN NULL ELSE $5::text END, $14::timestamptz,
               COALESCE($15::timestamptz, now()))`,
      [
        x.id ?? newId(),
        m.districtId,
        id,
        x.role,
        x.name,
        x.title ?? '',
        x.userId ?? null,
        x.guardianId ?? null,
        x.interpretsEvaluations ?? false,
        x.response ?? 'pending',
        x.respondedAt ?? null,
        x.attendance ?? 'unknown',
        x.attendedBy ?? null,
        x.signedAt ?? null,
        m.createdAt ?? null,
      ],
    );
  }
  return id;
}

/** A consent answered on paper: the date on the form, who signed it, who recorded it and when. */
export interface PaperAnswer {
  status: 'given' | 'refused';
  answeredAt: string;
  signedOn: string;
  signerName: string;
  recordedById: string | null;
  recordedByName: string;
}

export interface ConsentInput {
  id?: string;
  districtId: string;
  studentId: string;
  type?: 'evaluation' | 'initial_services' | 'reevaluation';
  description?: string;
  language?: string;
  requestedOn: string;
  requestedById?: string | null;
  requestedByName?: string;
  /** Open (requested) unless answered. */
  answer?: PaperAnswer;
  version?: number;
  /** created_at (now by default); updated_at is the answer's time, else the same. */
  createdAt?: string | null;
}

export async function createConsent(q: Queryable, c: ConsentInput): Promise<string> {
  const id = c.id ?? newId();
  const a = c.answer;
  await q.query(
    `INSERT INTO consents (id, district_id, student_id, type, description, language, requested_on, requested_by, requested_by_name, status,
       answered_at, answered_on, answer_method, signer_name, paper_signed_on, recorded_by, recorded_by_name, version, created_at, updated_at)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7::date, $8::uuid, $9, $10, $11::timestamptz, $12::date, $13, $14, $12::date, $15::uuid, $16, $17,
       COALESCE($18::timestamptz, now()), COALESCE($11::timestamptz, $18::timestamptz, now()))`,
    [
      id,
      c.districtId,
      c.studentId,
      c.type ?? 'evaluation',
      c.description ?? 'A full and individual evaluation in all areas of suspected disability.',
      c.language ?? 'en',
      c.requestedOn,
      c.requestedById ?? null,
      c.requestedByName ?? 'Test Case Manager',
      a?.status ?? 'requested',
      a?.answeredAt ?? null,
      a?.signedOn ?? null,
      a ? 'paper' : null,
      a?.signerName ?? null,
      a?.recordedById ?? null,
      a?.recordedByName ?? null,
      c.version ?? (a ? 2 : 1),
      c.createdAt ?? null,
    ],
  );
  return id;
}
