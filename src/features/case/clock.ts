/**
 * Loads what the case clock needs for a set of visible students — events, plans, meetings, school calendars —
 * and computes their deadlines with the pure engine (src/domain/case-clock.ts). Used by the student's deadlines,
 * the caller's deadlines, the compliance summary and the reminder job, so they always agree.
 */
import type { Scope } from '../../db/handle';
import type { ScopedStudent } from '../../db/students-repo';
import { studentDeadlines, transitionComplete, type CaseDeadline, type ClockPlan } from '../../domain/case-clock';
import type { CaseEventKind } from '../../domain/case-events';
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
  /** Whether the student's school has its calendar for the current school year (else school days are weekdays, estimated). */
  calendar: { schoolYear: string; present: boolean };
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
    if (!c.calendar.present) out.set(c.student.row.schoolId, { schoolId: c.student.row.schoolId, schoolName: c.student.row.schoolName, schoolYear: c.calendar.schoolYear });
  }
  return [...out.values()].sort((a, b) => a.schoolName.localeCompare(b.schoolName));
}

export async function computeClocks(scope: Scope, students: readonly ScopedStudent[]): Promise<StudentClock[]> {
  const ids = students.map((s) => s.row.id);
  // One after the other: inside a transaction the queries share one connection (pg would queue them anyway).
  const events = await scope.caseEvents.forStudents(ids);
  const plans = await scope.plans.forClock(ids);
  const meetings = await scope.meetings.forDeadlines(ids);
  const calendars = new Map<string, SchoolCalendar>();
  const schoolIds = [...new Set(students.map((s) => s.row.schoolId))];
  for (const schoolId of schoolIds) {
    const days = await scope.calendars.days(schoolId);
    calendars.set(schoolId, days && days.length ? calendarFromDays(days) : WEEKDAY_CALENDAR);
  }
  const schoolYear = schoolYearOf(scope.today);
  const withYear = await scope.calendars.schoolsWithYear(schoolIds, schoolYear);
  const profile = actorProfile(scope.actor);
  const group = <T extends { studentId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.studentId) ?? m.set(r.studentId, []).get(r.studentId)!).push(r);
    return m;
  };
  const eventsBy = group(events);
  const plansBy = group(plans);
  const meetingsBy = group(meetings);
  return students.map((s) => {
    const clockPlans: ClockPlan[] = (plansBy.get(s.row.id) ?? []).map(({ studentId: _s, transition, ...p }) => ({ ...p, transitionComplete: transitionComplete(transition) }));
    const deadlines = studentDeadlines({
      student: { id: s.row.id, dateOfBirth: s.row.dateOfBirth, spedStatus: s.row.spedStatus },
      events: (eventsBy.get(s.row.id) ?? []).map((e) => ({ ...e, kind: e.kind as CaseEventKind })),
      plans: clockPlans,
      meetings: meetingsBy.get(s.row.id) ?? [],
      profile,
      calendar: calendars.get(s.row.schoolId) ?? WEEKDAY_CALENDAR,
      today: scope.today,
      dueSoonDays: scope.dueSoonDays,
    }).map((d) => ({ ...d, studentId: s.row.id, studentName: `${s.row.firstName} ${s.row.lastName}`, schoolId: s.row.schoolId, schoolName: s.row.schoolName }));
    return { student: s, deadlines, plans: clockPlans, calendar: { schoolYear, present: withYear.has(s.row.schoolId) } };
  });
}
