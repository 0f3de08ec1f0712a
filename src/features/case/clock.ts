/**
 * Loads what the case clock needs for a set of visible students — events, plans, meetings, school calendars —
 * and computes their deadlines with the pure engine (src/domain/case-clock.ts). Used by the student's deadlines,
 * the caller's deadlines, the compliance summary and the reminder job, so they always agree.
 */
import type { Scope } from '../../db/handle';
import type { ScopedStudent } from '../../db/students-repo';
import { studentDeadlines, transitionComplete, type CaseDeadline, type ClockPlan } from '../../domain/case-clock';
import type { CaseEvent, CaseEventKind } from '../../domain/case-events';
import { calendarFromDays, WEEKDAY_CALENDAR, type SchoolCalendar } from '../../domain/deadlines';
import { stateProfile } from '../../domain/state-profiles';

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
}

export async function computeClocks(scope: Scope, students: readonly ScopedStudent[]): Promise<StudentClock[]> {
  const ids = students.map((s) => s.row.id);
  // One after the other: inside a transaction the queries share one connection (pg would queue them anyway).
  const events = await scope.caseEvents.forStudents(ids);
  const plans = await scope.plans.forClock(ids);
  const meetings = await scope.meetings.forDeadlines(ids);
  // What exits need (300.305(e), 300.503): issued notices and provided summaries of performance — only for students
  // who have left, so a caseload's clocks do not pay for it.
  const exitedIds = students.filter((s) => s.row.spedStatus === 'exited' || s.row.spedStatus === 'plan_504' || s.row.spedStatus === 'none').map((s) => s.row.id);
  const notices = await scope.consents.issuedNoticesFor(exitedIds);
  const summaries = await scope.summaries.providedFor(exitedIds);
  const calendars = new Map<string, SchoolCalendar>();
  for (const schoolId of new Set(students.map((s) => s.row.schoolId))) {
    const days = await scope.calendars.days(schoolId);
    calendars.set(schoolId, days && days.length ? calendarFromDays(days) : WEEKDAY_CALENDAR);
  }
  const profile = stateProfile(scope.actor.stateProfile ?? 'federal');
  const group = <T extends { studentId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.studentId) ?? m.set(r.studentId, []).get(r.studentId)!).push(r);
    return m;
  };
  const eventsBy = group(events);
  const plansBy = group(plans);
  const meetingsBy = group(meetings);
  const noticesBy = group(notices);
  const summariesBy = group(summaries);
  return students.map((s) => {
    const clockPlans: ClockPlan[] = (plansBy.get(s.row.id) ?? []).map(({ studentId: _s, transition, ...p }) => ({ ...p, transitionComplete: transitionComplete(transition) }));
    const studentEvents: CaseEvent[] = (eventsBy.get(s.row.id) ?? []).map((e) => ({ id: e.id, kind: e.kind as CaseEventKind, occurredOn: e.occurredOn, details: e.details, recordedAt: e.recordedAt, voided: e.voided }));
    const calendar = calendars.get(s.row.schoolId) ?? WEEKDAY_CALENDAR;
    const deadlines = studentDeadlines({
      student: { id: s.row.id, dateOfBirth: s.row.dateOfBirth, spedStatus: s.row.spedStatus },
      events: studentEvents,
      plans: clockPlans,
      meetings: meetingsBy.get(s.row.id) ?? [],
      notices: (noticesBy.get(s.row.id) ?? []).map((n) => ({ subject: n.subject, status: 'issued' as const, issuedOn: n.issuedOn })),
      summariesProvidedOn: (summariesBy.get(s.row.id) ?? []).map((x) => x.providedOn),
      profile,
      calendar,
      today: scope.today,
      dueSoonDays: scope.dueSoonDays,
    }).map((d) => ({ ...d, studentId: s.row.id, studentName: `${s.row.firstName} ${s.row.lastName}`, schoolId: s.row.schoolId, schoolName: s.row.schoolName }));
    return { student: s, deadlines, plans: clockPlans, events: studentEvents, calendar };
  });
}
