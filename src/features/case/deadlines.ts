/** Deadlines: one student's, and everything due for the caller's students. */
import type { DataHandle } from '../../db/handle';
import { byUrgency } from '../../domain/case-clock';
import type { DeadlineStatus } from '../../domain/deadlines';
import { AppError } from '../../domain/errors';
import { caseAbilities } from '../../policy/case';
import { computeClocks, missingCalendars, type DeadlineItem, type MissingCalendar } from './clock';
import { must } from '../../db/values';

export async function studentDeadlines(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const s = await scope.students.get(opts.studentId);
    if (!caseAbilities(scope.actor, s.row).view)
      throw new AppError('NOT_FOUND', 'No student with this id.', [], {
        action: 'student.read_denied',
        studentId: opts.studentId,
      });
    const [clock] = await computeClocks(scope, [s]);
    await scope.audit({ action: 'case.deadlines.read', studentId: s.row.id });
    const one = must(clock, 'the clock of the student');
    return { asOf: scope.today, data: one.deadlines, missingCalendars: missingCalendars([one]) };
  });
}

export interface DeadlineFilter {
  status?: DeadlineStatus[] | undefined;
  rule?: string | undefined;
  schoolId?: string | undefined;
  studentId?: string | undefined;
  limit?: number;
  /** Why the list is read, when no person asked (e.g. the daily reminder job): kept in the audit entry. */
  purpose?: string;
}

/**
 * Everything due for the students whose clocks the caller follows, most urgent first. By default what is not yet
 * met (overdue, due soon, delayed, upcoming). Each student shown is audited.
 */
export async function listDeadlines(
  handle: DataHandle,
  opts: DeadlineFilter = {},
): Promise<{ asOf: string; data: DeadlineItem[]; missingCalendars: MissingCalendar[] }> {
  return handle.read(async (scope) => {
    const roster = (await scope.students.clockRoster({ schoolId: opts.schoolId })).filter(
      (s) => caseAbilities(scope.actor, s.row).view && (!opts.studentId || s.row.id === opts.studentId),
    );
    const clocks = await computeClocks(scope, roster);
    const statuses = new Set<DeadlineStatus>(opts.status ?? ['overdue', 'due_soon', 'delayed', 'upcoming']);
    const data = clocks
      .flatMap((c) => c.deadlines)
      .filter((d) => statuses.has(d.status) && (!opts.rule || d.rule === opts.rule))
      .sort((a, b) => byUrgency(a, b) || a.studentName.localeCompare(b.studentName))
      .slice(0, opts.limit ?? 500);
    const shown = [...new Set(data.map((d) => d.studentId))];
    if (shown.length)
      await scope.audit({
        action: 'case.deadlines.read',
        studentIds: shown,
        purpose: opts.purpose ?? null,
        context: { list: true },
      });
    const shownSchools = new Set(data.map((d) => d.schoolId));
    return {
      asOf: scope.today,
      data,
      missingCalendars: missingCalendars(clocks).filter((m) => shownSchools.has(m.schoolId)),
    };
  });
}
