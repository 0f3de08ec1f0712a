/**
 * Plans (IEP and 504), read and written within the actor's scope: a plan is reachable only through a student the actor
 * may see.
 * Long file: every read and write of a plan checks that scope here, in one place; the row shapes and
 * their SQL are plans-rows.ts.
 */
import { AppError } from '../domain/errors';
import type { ClockPlan } from '../domain/case-clock';
import type { PlanDates, PlanStatus, PlanType } from '../domain/plan';
import type { Actor } from '../policy/actor';
import { planAbilities, type PlanAbilities } from '../policy/plan';
import type { Queryable } from './connect';
import { isoOf } from './values';
import { SELECT, toRow, type PlanRow, type Raw, type ReportPlanRow } from './plans-rows';

export type { PlanRow, ReportPlanRow } from './plans-rows';
import { studentScope } from './scope-sql';
import { heldIds, type StudentsRepo, type ScopedStudent } from './students-repo';

export interface ScopedPlan {
  plan: PlanRow;
  student: ScopedStudent;
  abilities: PlanAbilities;
}

const notFound = (id: string) =>
  new AppError('NOT_FOUND', 'No plan with this id.', [], {
    action: 'plan.read_denied',
    studentId: null,
    context: { planId: id },
  });

export class PlansRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
    private readonly students: StudentsRepo,
  ) {}

  /** Plans of a student the actor may see, newest first, those the actor may view. */
  async forStudent(student: ScopedStudent): Promise<ScopedPlan[]> {
    const rows = await this.q.query<Raw>(
      `${SELECT} WHERE p.student_id = $1::uuid AND p.district_id = $2::uuid ORDER BY p.created_at DESC, p.id`,
      [student.row.id, this.actor.districtId],
    );
    return rows.map(toRow).flatMap((plan) => {
      const abilities = planAbilities(this.actor, student.row, plan);
      return abilities.view ? [{ plan, student, abilities }] : [];
    });
  }

  /**
   * What the case clock needs of the plans of these students (those resolved for this actor by the students
   * repository; others are left out): dates, status, and the few content facts the clocks read. Drafts included
   * (the action that clears a deadline).
   */
  async forClock(
    students: readonly ScopedStudent[],
  ): Promise<
    (Omit<ClockPlan, 'transitionComplete'> & { studentId: string; transition: Record<string, string> | undefined })[]
  > {
    const studentIds = heldIds(this.actor, students);
    if (studentIds.length === 0) return [];
    return this.q.query(
      `SELECT p.id::text AS "id", p.student_id::text AS "studentId", p.type, p.status, p.amendment_of::text AS "amendmentOf",
              to_char(p.meeting_date, 'YYYY-MM-DD') AS "meetingDate", to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(p.end_date, 'YYYY-MM-DD') AS "endDate", to_char(p.in_effect_from, 'YYYY-MM-DD') AS "inEffectFrom", p.content->'transition' AS "transition",
              p.content->'ageOfMajority'->>'informedOn' AS "ageOfMajorityInformedOn",
              COALESCE(p.content->'progressReporting'->>'frequency', '') AS "progressFrequency"
         FROM plans p WHERE p.student_id = ANY($1::uuid[]) AND p.district_id = $2::uuid AND p.status <> 'ended'
        ORDER BY p.created_at`,
      [studentIds, this.actor.districtId],
    );
  }

  /**
   * For reports: the plans of many students the actor may see (one query), with dates and placement only, each
   * kept only if the actor may view it (the same plan policy as one plan's read).
   */
  async placementsFor(students: readonly ScopedStudent[]): Promise<Map<string, ReportPlanRow[]>> {
    const out = new Map<string, ReportPlanRow[]>();
    if (students.length === 0) return out;
    const byId = new Map(students.map((s) => [s.row.id, s]));
    const rows = await this.q.query<ReportPlanRow & { studentId: string; sharedWithFamily: boolean }>(
      `SELECT p.student_id::text AS "studentId", p.type, p.status, p.shared_with_family AS "sharedWithFamily",
              to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.end_date, 'YYYY-MM-DD') AS "endDate",
              to_char(p.in_effect_from, 'YYYY-MM-DD') AS "inEffectFrom",
              to_char(p.ended_on, 'YYYY-MM-DD') AS "endedOn", p.content->'placement' AS "placement"
         FROM plans p WHERE p.student_id = ANY($1::uuid[]) AND p.district_id = $2::uuid ORDER BY p.created_at DESC, p.id`,
      [[...byId.keys()], this.actor.districtId],
    );
    for (const r of rows) {
      const student = byId.get(r.studentId);
      if (!student || !planAbilities(this.actor, student.row, r).view) continue;
      const { studentId, sharedWithFamily: _shared, ...plan } = r;
      const list = out.get(studentId);
      if (list) list.push(plan);
      else out.set(studentId, [plan]);
    }
    return out;
  }

  /** One plan the actor may view, or NOT_FOUND (recorded as a refused attempt). */
  async get(id: string, opts: { forUpdate?: boolean } = {}): Promise<ScopedPlan> {
    const rows = await this.q.query<Raw>(
      `${SELECT} WHERE p.id = $1::uuid AND p.district_id = $2::uuid${opts.forUpdate ? ' FOR UPDATE' : ''}`,
      [id, this.actor.districtId],
    );
    const raw = rows[0];
    if (!raw) throw notFound(id);
    const plan = toRow(raw);
    let student: ScopedStudent;
    try {
      student = await this.students.get(plan.studentId);
    } catch {
      throw new AppError('NOT_FOUND', 'No plan with this id.', [], {
        action: 'plan.read_denied',
        studentId: plan.studentId,
        context: { planId: id },
      });
    }
    const abilities = planAbilities(this.actor, student.row, plan);
    if (!abilities.view)
      throw new AppError('NOT_FOUND', 'No plan with this id.', [], {
        action: 'plan.read_denied',
        studentId: plan.studentId,
        context: { planId: id },
      });
    return { plan, student, abilities };
  }

  /**
   * `AND <the student is one the actor may see>` over `plans`, its parameters numbered from `next`: the methods
   * below that read a student's plans whatever the actor may read of each still check the student themselves.
   */
  private visibleStudent(next: number): { sql: string; params: unknown[] } {
    const scope = studentScope(this.actor, next);
    return {
      sql: ` AND EXISTS (SELECT 1 FROM students s WHERE s.id = plans.student_id AND ${scope.sql})`,
      params: scope.params,
    };
  }

  /**
   * Every plan of a student the actor may see (checked here; none for any other student), newest first: what the
   * open-plan and starting-plan rules read, whatever the actor may read of each.
   */
  async allOf(
    studentId: string,
  ): Promise<{ id: string; type: PlanType; status: PlanStatus; content: Record<string, unknown> }[]> {
    const v = this.visibleStudent(3);
    return this.q.query(
      `SELECT id::text AS "id", type, status, content FROM plans WHERE student_id = $1::uuid AND district_id = $2::uuid${v.sql} ORDER BY created_at DESC, id`,
      [studentId, this.actor.districtId, ...v.params],
    );
  }

  /**
   * Locks the student's plans against another start until this transaction ends (the student's row, FOR UPDATE), so
   * two people starting the annual review at once are served one after the other: the second finds the first's draft.
   */
  async lockForStart(studentId: string): Promise<void> {
    await this.q.query(`SELECT 1 FROM students WHERE id = $1::uuid AND district_id = $2::uuid FOR UPDATE`, [
      studentId,
      this.actor.districtId,
    ]);
  }

  async create(input: {
    id: string;
    studentId: string;
    type: PlanType;
    content: unknown;
    dates: PlanDates;
    basedOn: string | null;
    amendmentOf?: string | null;
    amendmentMethod?: string | null;
  }): Promise<void> {
    await this.q.query(
      `INSERT INTO plans (id, district_id, student_id, type, content, meeting_date, start_date, end_date, next_annual_review, amendment_of, amendment_method, created_by, based_on)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::jsonb, $6, $7, $8, $9, $10::uuid, $11, $12::uuid, $13::uuid)`,
      [
        input.id,
        this.actor.districtId,
        input.studentId,
        input.type,
        JSON.stringify(input.content),
        input.dates.meetingDate,
        input.dates.startDate,
        input.dates.endDate,
        input.dates.nextAnnualReview,
        input.amendmentOf ?? null,
        input.amendmentMethod ?? null,
        this.actor.userId,
        input.basedOn,
      ],
    );
  }

  /** Draft or proposal → withdrawn (kept, never in effect), if `expectedVersion` is current; VERSION_STALE otherwise. */
  async withdraw(p: PlanRow, expectedVersion: number, reason: string): Promise<number> {
    const rows = await this.q.query<{ version: number }>(
      `UPDATE plans SET status = 'withdrawn', withdrawn_from = status, withdrawn_at = now(), withdrawn_by = $3::uuid, withdrawn_reason = $4, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND status IN ('draft', 'proposed') AND version = $2 AND district_id = $5::uuid RETURNING version`,
      [p.id, expectedVersion, this.actor.userId, reason, this.actor.districtId],
    );
    if (!rows[0]) throw new AppError('VERSION_STALE', 'This plan was changed by someone else since you loaded it.');
    await this.snapshot(p.id);
    return rows[0].version;
  }

  /** Writes new content and dates if `expectedVersion` is current; VERSION_STALE otherwise. */
  async save(id: string, expectedVersion: number, content: unknown, dates: PlanDates): Promise<number> {
    const rows = await this.q.query<{ version: number }>(
      `UPDATE plans SET content = $3::jsonb, meeting_date = $4, start_date = $5, end_date = $6, next_annual_review = $7,
              version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND version = $2 AND status = 'draft' AND district_id = $8::uuid RETURNING version`,
      [
        id,
        expectedVersion,
        JSON.stringify(content),
        dates.meetingDate,
        dates.startDate,
        dates.endDate,
        dates.nextAnnualReview,
        this.actor.districtId,
      ],
    );
    if (!rows[0]) throw new AppError('VERSION_STALE', 'This plan was changed by someone else since you loaded it.');
    return rows[0].version;
  }

  async setShared(id: string, shared: boolean): Promise<void> {
    await this.q.query(
      `UPDATE plans SET shared_with_family = $2, version = version + 1, updated_at = now() WHERE id = $1::uuid AND district_id = $3::uuid`,
      [id, shared, this.actor.districtId],
    );
  }

  /**
   * Draft → active, in effect from `inEffectFrom`: the plan of the same type in effect is superseded (and ends the
   * day this one takes effect); the final version is kept in plan_versions.
   */
  async activate(p: PlanRow, inEffectFrom: string | null): Promise<number> {
    await this.supersedeOthers(p, ['active', 'awaiting_consent']);
    const rows = await this.q.query<{ version: number }>(
      `UPDATE plans SET status = 'active', version = version + 1, updated_at = now(), finalized_at = now(), finalized_by = $2::uuid, in_effect_from = $4::date
        WHERE id = $1::uuid AND status IN ('draft', 'proposed') AND version = $3 RETURNING version`,
      [p.id, this.actor.userId, p.version, inEffectFrom],
    );
    if (!rows[0]) throw new AppError('VERSION_STALE', 'This plan was changed by someone else since you loaded it.');
    await this.snapshot(p.id);
    return rows[0].version;
  }

  /**
   * Other plans of the student's of this type in these statuses are superseded (kept in the history). One that was
   * waiting for consent stays never in effect (its in_effect_from is null): a revised first IEP replaces it.
   */
  private async supersedeOthers(p: PlanRow, statuses: readonly ('active' | 'awaiting_consent')[]): Promise<void> {
    await this.q.query(
      `UPDATE plans SET status = 'superseded', version = version + 1, updated_at = now()
        WHERE student_id = $1::uuid AND type = $2 AND status = ANY($3::text[]) AND id <> $4::uuid AND district_id = $5::uuid`,
      [p.studentId, p.type, [...statuses], p.id, this.actor.districtId],
    );
  }

  /**
   * Draft → awaiting consent (300.300(b)(1)): final and immutable, kept in the history, not in effect. A first IEP
   * that was already waiting (the team revised it before the parent answered) is superseded by this one.
   */
  async awaitConsent(p: PlanRow): Promise<number> {
    await this.supersedeOthers(p, ['awaiting_consent']);
    const rows = await this.q.query<{ version: number }>(
      `UPDATE plans SET status = 'awaiting_consent', version = version + 1, updated_at = now(), finalized_at = now(), finalized_by = $2::uuid
        WHERE id = $1::uuid AND status IN ('draft', 'proposed') AND version = $3 RETURNING version`,
      [p.id, this.actor.userId, p.version],
    );
    if (!rows[0]) throw new AppError('VERSION_STALE', 'This plan was changed by someone else since you loaded it.');
    await this.snapshot(p.id);
    return rows[0].version;
  }

  /** The IEP of a student the actor may see (checked here) that waits for consent to initial services, if any. */
  async awaitingConsentOf(studentId: string): Promise<{ id: string; startDate: string | null } | null> {
    const v = this.visibleStudent(3);
    const rows = await this.q.query<{ id: string; startDate: string | null }>(
      `SELECT id::text AS "id", to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM plans
        WHERE student_id = $1::uuid AND district_id = $2::uuid AND type = 'iep' AND status = 'awaiting_consent'${v.sql} FOR UPDATE OF plans`,
      [studentId, this.actor.districtId, ...v.params],
    );
    return rows[0] ?? null;
  }

  /** Awaiting consent → active from `inEffectFrom` (consent given), or → consent_refused (never in effect). */
  async answerAwaiting(
    planId: string,
    outcome: { given: true; inEffectFrom: string } | { given: false; on: string },
  ): Promise<void> {
    const rows = outcome.given
      ? await this.q.query(
          `UPDATE plans SET status = 'active', in_effect_from = $2::date, version = version + 1, updated_at = now()
            WHERE id = $1::uuid AND status = 'awaiting_consent' AND district_id = $3::uuid RETURNING id`,
          [planId, outcome.inEffectFrom, this.actor.districtId],
        )
      : await this.q.query(
          `UPDATE plans SET status = 'consent_refused', end_reason = 'consent_refused', ended_on = $3::date, version = version + 1, updated_at = now()
            WHERE id = $1::uuid AND status = 'awaiting_consent' AND district_id = $2::uuid RETURNING id`,
          [planId, this.actor.districtId, outcome.on],
        );
    if (!rows[0]) throw new AppError('INVALID_STATE', 'The plan no longer waits for consent.');
    await this.snapshot(planId);
  }

  /** Draft → proposed: immutable from now on, visible to the family, kept in the history. */
  async propose(p: PlanRow): Promise<number> {
    const rows = await this.q.query<{ version: number }>(
      `UPDATE plans SET status = 'proposed', version = version + 1, updated_at = now() WHERE id = $1::uuid AND status = 'draft' AND version = $2 RETURNING version`,
      [p.id, p.version],
    );
    if (!rows[0]) throw new AppError('VERSION_STALE', 'This plan was changed by someone else since you loaded it.');
    await this.snapshot(p.id);
    return rows[0].version;
  }

  /**
   * The meeting date of a draft or a proposal becomes the day of the held meeting that produced it (300.324(a)): a new
   * version; a proposal keeps the offer as made in its history and records this version beside it.
   */
  async setMeetingDate(id: string, meetingDate: string): Promise<number> {
    const rows = await this.q.query<{ version: number; status: PlanStatus }>(
      `UPDATE plans SET meeting_date = $2::date, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND status IN ('draft', 'proposed') AND district_id = $3::uuid RETURNING version, status`,
      [id, meetingDate, this.actor.districtId],
    );
    if (!rows[0])
      throw new AppError('INVALID_STATE', 'Only a draft or a proposal takes the date of the meeting that produced it.');
    if (rows[0].status === 'proposed') await this.snapshot(id);
    return rows[0].version;
  }

  /**
   * Active (or awaiting consent) → ended on `on`: the plan is no longer in effect from that day. `reason` says why;
   * `byEvent` names the exit that ended it (voiding the exit restores the plan).
   */
  async end(p: Pick<PlanRow, 'id'>, on: string, reason: string, byEvent: string | null = null): Promise<void> {
    const rows = await this.q.query(
      `UPDATE plans SET status = 'ended', ended_on = $2::date, end_reason = $3, ended_by_event = $4::uuid, version = version + 1, updated_at = now()
        WHERE id = $1::uuid AND status IN ('active', 'awaiting_consent') AND district_id = $5::uuid RETURNING id`,
      [p.id, on, reason, byEvent, this.actor.districtId],
    );
    if (!rows[0]) throw new AppError('INVALID_STATE', 'Only the plan in effect can be ended.');
    await this.snapshot(p.id);
  }

  /** The plans in effect or waiting for consent of a student the actor may see (checked here), for an exit. */
  async openPlansOf(studentId: string): Promise<{ id: string; type: PlanType; status: PlanStatus }[]> {
    const v = this.visibleStudent(3);
    return this.q.query(
      `SELECT id::text AS "id", type, status FROM plans
        WHERE student_id = $1::uuid AND district_id = $2::uuid AND status IN ('active', 'awaiting_consent')${v.sql} ORDER BY type FOR UPDATE OF plans`,
      [studentId, this.actor.districtId, ...v.params],
    );
  }

  /**
   * Undoes the ending made by an exit that is voided (recorded by mistake): each plan that exit ended is in effect
   * (or waiting for consent) again, unless another plan of its type has taken its place. Returns the plans restored.
   */
  async restoreEndedBy(eventId: string): Promise<string[]> {
    const ended = await this.q.query<{ id: string; studentId: string; type: PlanType; wasAwaiting: boolean }>(
      `SELECT id::text AS "id", student_id::text AS "studentId", type, in_effect_from IS NULL AS "wasAwaiting" FROM plans
        WHERE ended_by_event = $1::uuid AND status = 'ended' AND district_id = $2::uuid FOR UPDATE`,
      [eventId, this.actor.districtId],
    );
    const restored: string[] = [];
    for (const p of ended) {
      const taken = await this.q.query(
        `SELECT 1 FROM plans WHERE student_id = $1::uuid AND type = $2 AND status IN ('active', 'awaiting_consent')`,
        [p.studentId, p.type],
      );
      if (taken.length) continue;
      await this.q.query(
        `UPDATE plans SET status = $2, ended_on = NULL, end_reason = NULL, ended_by_event = NULL, version = version + 1, updated_at = now() WHERE id = $1::uuid`,
        [p.id, p.wasAwaiting ? 'awaiting_consent' : 'active'],
      );
      await this.snapshot(p.id);
      restored.push(p.id);
    }
    return restored;
  }

  private async snapshot(planId: string): Promise<void> {
    await this.q.query(
      `INSERT INTO plan_versions (plan_id, version, district_id, status, meeting_date, start_date, end_date, next_annual_review, content, saved_by, saved_by_name)
       SELECT id, version, district_id, status, meeting_date, start_date, end_date, next_annual_review, content, $2::uuid, $3 FROM plans WHERE id = $1::uuid`,
      [planId, this.actor.userId, this.actor.name],
    );
  }

  async versions(planId: string): Promise<
    {
      version: number;
      status: PlanStatus;
      savedAt: string;
      savedByName: string | null;
      dates: PlanDates;
      content: Record<string, unknown>;
    }[]
  > {
    const rows = await this.q.query<
      {
        version: number;
        status: PlanStatus;
        savedAt: unknown;
        savedByName: string | null;
        content: Record<string, unknown>;
      } & PlanDates
    >(
      `SELECT version, status, saved_at AS "savedAt", saved_by_name AS "savedByName", meeting_date AS "meetingDate", start_date AS "startDate",
              end_date AS "endDate", next_annual_review AS "nextAnnualReview", content
         FROM plan_versions WHERE plan_id = $1::uuid AND district_id = $2::uuid ORDER BY version`,
      [planId, this.actor.districtId],
    );
    return rows.map((r) => ({
      version: r.version,
      status: r.status,
      savedAt: isoOf(r.savedAt),
      savedByName: r.savedByName,
      dates: {
        meetingDate: r.meetingDate,
        startDate: r.startDate,
        endDate: r.endDate,
        nextAnnualReview: r.nextAnnualReview,
      },
      content: r.content,
    }));
  }
}
