/**
 * Loads what the case clock needs for a set of visible students — events, plans, meetings, school calendars —
 * and computes their deadlines with the pure engine (src/domain/case-clock.ts). Used by the student's deadlines,
 * the caller's deadlines, the compliance summary and the reminder job, so they always agree.
 */
import type { Scope } from '../../db/handle';
import type { ScopedStudent } from '../../db/students-repo';
import { studentDeadlines, transitionComplete, type CaseDeadline, type ClockPlan } from '../../domain/case-clock';
import type { CaseEvent } from '../../domain/case-events';
import { schoolYearOf } from '../../domain/calendar';
import { calendarFromDays, WEEKDAY_CALENDAR, type SchoolCalendar } from '../../domain/deadlines';
import { actorProfile } from '../../policy/actor';

export interface DeadlineItem extends CaseDeadline {
  studentId: string;
  studentName: string;
  schoolId: string;
  schoolName: string;
}

export interface StudentClock {
  student: ScopedStudent;
  deadlines: DeadlineItem[];
  plans: ClockPlan[];
  /** The student's case events (not voided) and school calendar: the SPP/APR indicators read them too. */
  events: CaseEvent[];
  calendar: SchoolCalendar;
  /** Whether the student's school has its calendar for the current school year (else school days are weekdays, estimated). */
  calendarStatus: { schoolYear: string; present: boolean };
}

/** A school, of the students shown, without its calendar for the current school year: its school-day clocks are estimates. */
export interface MissingCalendar {
  schoolId: string;
  schoolName: string;
  schoolYear: string;
}

/** The schools of these clocks that have no calendar for the current school year (each once, by name). */
export function missingCalendars(clocks: readonly StudentClock[]): MissingCalendar[] {
  const out = new Map<string, MissingCalendar>();
  for (const c of clocks) {
    if (!c.calendarStatus.present)
      out.set(c.student.row.schoolId, {
        schoolId: c.student.row.schoolId,
        schoolName: c.student.row.schoolName,
        schoolYear: c.calendarStatus.schoolYear,
      });
  }
  return [...out.values()].sort((a, b) => a.schoolName.localeCompare(b.schoolName));
}

/** Rows grouped by their student. */
function group<T extends { studentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.studentId);
    if (list) list.push(r);
    else m.set(r.studentId, [r]);
  }
  return m;
}

/** Each school's calendar; a school without one counts weekdays. */
async function schoolCalendars(scope: Scope, schoolIds: readonly string[]): Promise<Map<string, SchoolCalendar>> {
  const calendars = new Map<string, SchoolCalendar>();
  for (const schoolId of schoolIds) {
    const days = await scope.calendars.days(schoolId);
    calendars.set(schoolId, days && days.length ? calendarFromDays(days) : WEEKDAY_CALENDAR);
  }
  return calendars;
}

export async function computeClocks(scope: Scope, students: readonly ScopedStudent[]): Promise<StudentClock[]> {
  // One after the other: inside a transaction the queries share one connection (pg would queue them anyway).
  const events = await scope.caseEvents.forStudents(students);
  const plans = await scope.plans.forClock(students);
  const meetings = await scope.meetings.forDeadlines(students);
  // What exits need (300.305(e), 300.503): issued notices and provided summaries of performance — only for students
  // who have left, so a caseload's clocks do not pay for it.
  const exited = students.filter(
    (s) => s.row.spedStatus === 'exited' || s.row.spedStatus === 'plan_504' || s.row.spedStatus === 'none',
  );
  const notices = await scope.consents.issuedNoticesFor(exited);
  const summaries = await scope.summaries.providedFor(exited);
  const schoolIds = [...new Set(students.map((s) => s.row.schoolId))];
  const calendars = await schoolCalendars(scope, schoolIds);
  const schoolYear = schoolYearOf(scope.today);
  const withYear = await scope.calendars.schoolsWithYear(schoolIds, schoolYear);
  const profile = actorProfile(scope.actor);
  const eventsBy = group(events);
  const plansBy = group(plans);
  const meetingsBy = group(meetings);
  const noticesBy = group(notices);
  const summariesBy = group(summaries);
  return students.map((s) => {
    const clockPlans: ClockPlan[] = (plansBy.get(s.row.id) ?? []).map(({ studentId: _s, transition, ...p }) => ({
      ...p,
      transitionComplete: transitionComplete(transition),
    }));
    const studentEvents: CaseEvent[] = (eventsBy.get(s.row.id) ?? []).map((e) => ({
      id: e.id,
      kind: e.kind,
      occurredOn: e.occurredOn,
      details: e.details,
      recordedAt: e.recordedAt,
      voided: e.voided,
    }));
    const calendar = calendars.get(s.row.schoolId) ?? WEEKDAY_CALENDAR;
    const deadlines = studentDeadlines({
      student: { id: s.row.id, dateOfBirth: s.row.dateOfBirth, spedStatus: s.row.spedStatus },
      events: studentEvents,
      plans: clockPlans,
      meetings: meetingsBy.get(s.row.id) ?? [],
      notices: (noticesBy.get(s.row.id) ?? []).map((n) => ({
        subject: n.subject,
        status: 'issued' as const,
        issuedOn: n.issuedOn,
      })),
      summariesProvidedOn: (summariesBy.get(s.row.id) ?? []).map((x) => x.providedOn),
      profile,
      calendar,
      today: scope.today,
      dueSoonDays: scope.dueSoonDays,
    }).map((d) => ({
      ...d,
      studentId: s.row.id,
      studentName: `${s.row.firstName} ${s.row.lastName}`,
      schoolId: s.row.schoolId,
      schoolName: s.row.schoolName,
    }));
    return {
      student: s,
      deadlines,
      plans: clockPlans,
      events: studentEvents,
      calendar,
      calendarStatus: { schoolYear, present: withYear.has(s.row.schoolId) },
    };
  });
}
