/**
 * A student's discipline record for one school year: loads the case events and the school's calendar through the
 * actor's scope and computes the year with the pure rules (src/domain/discipline*.ts). The presenter is an explicit
 * allow-list: domain values plus who recorded each record; voided records are listed with who voided them and why.
 */
import type { Scope } from '../../db/handle';
import type { CaseEventRow } from '../../db/case-events-repo';
import type { ScopedStudent } from '../../db/students-repo';
import { calendarFromDays, WEEKDAY_CALENDAR, type SchoolCalendar } from '../../domain/deadlines';
import { DISCIPLINE_EVENT_KINDS, disciplineRecords, type DisciplineRecords } from '../../domain/discipline';
import { disciplineYear, schoolYearBounds } from '../../domain/discipline-year';
import { AppError } from '../../domain/errors';
import { disciplineAbilities, type DisciplineAbilities } from '../../policy/discipline';
import type { DataHandle } from '../../db/handle';

export const hidden = (studentId: string) =>
  new AppError('NOT_FOUND', 'No student with this id.', [], { action: 'student.read_denied', studentId });

export interface DisciplineContext {
  student: ScopedStudent;
  can: DisciplineAbilities;
  events: CaseEventRow[];
  calendar: SchoolCalendar;
  records: DisciplineRecords;
}

export async function schoolCalendar(scope: Scope, schoolId: string): Promise<SchoolCalendar> {
  const days = await scope.calendars.days(schoolId);
  return days && days.length ? calendarFromDays(days) : WEEKDAY_CALENDAR;
}

/** The student (404 when the actor may not see their discipline record), their case events, calendar and discipline records. */
export async function loadDiscipline(scope: Scope, studentId: string): Promise<DisciplineContext> {
  const student = await scope.students.get(studentId);
  const can = disciplineAbilities(scope.actor, student.row);
  if (!can.view) throw hidden(studentId);
  const events = await scope.caseEvents.forStudent(student.row.id);
  const calendar = await schoolCalendar(scope, student.row.schoolId);
  return {
    student,
    can,
    events,
    calendar,
    records: disciplineRecords(
      events.map((e) => ({ ...e, kind: e.kind })),
      calendar,
    ),
  };
}

const DISCIPLINE_KINDS = new Set<string>(DISCIPLINE_EVENT_KINDS);

export function presentDiscipline(ctx: DisciplineContext, today: string, schoolYear?: string) {
  const y = disciplineYear({
    records: ctx.records,
    calendar: ctx.calendar,
    today,
    ...(schoolYear ? { schoolYear } : {}),
  });
  const byId = new Map(ctx.events.map((e) => [e.id, e]));
  const meta = (id: string) => {
    const e = byId.get(id);
    return {
      recordedByName: e?.recordedByName ?? '',
      recordedAt: e?.recordedAt ?? '',
      note: typeof e?.details.note === 'string' ? e.details.note : '',
    };
  };
  const { from, to } = schoolYearBounds(y.schoolYear);
  const s = ctx.student.row;
  return {
    student: { id: s.id, firstName: s.firstName, lastName: s.lastName, schoolName: s.schoolName },
    asOf: today,
    schoolYear: y.schoolYear,
    from: y.from,
    to: y.to,
    limit: y.limit,
    warningDay: y.warningDay,
    total: y.total,
    toDate: y.toDate,
    servicesFrom: y.servicesFrom,
    estimated: y.estimated,
    removals: y.removals.map((r) => ({ ...r, ...meta(r.id) })),
    decisions: y.decisions.map((d) => ({
      ...d,
      mdr: { ...d.mdr, review: d.mdr.review ? { ...d.mdr.review, ...meta(d.mdr.review.id) } : null },
    })),
    determinations: y.determinations.map((d) => ({ ...d, ...meta(d.id) })),
    nextSteps: y.nextSteps,
    years: y.years,
    voided: ctx.events
      .filter((e) => e.voided && DISCIPLINE_KINDS.has(e.kind) && e.occurredOn >= from && e.occurredOn <= to)
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        occurredOn: e.occurredOn,
        voidedAt: e.voidedAt ?? '',
        voidedByName: e.voidedByName ?? '',
        voidReason: e.voidReason ?? '',
      })),
    abilities: ctx.can,
  };
}

export type DisciplineSummary = ReturnType<typeof presentDiscipline>;

/** GET …/discipline: the school year's summary (default: the year of today). The read is audited. */
export async function getDiscipline(handle: DataHandle, opts: { studentId: string; schoolYear?: string | undefined }) {
  return handle.read(async (scope) => {
    const ctx = await loadDiscipline(scope, opts.studentId);
    const out = presentDiscipline(ctx, scope.today, opts.schoolYear);
    await scope.audit({
      action: 'discipline.read',
      studentId: ctx.student.row.id,
      context: { schoolYear: out.schoolYear, removals: out.removals.length },
    });
    return out;
  });
}
