/**
 * Record a removal (its type, days and the facts that decide whether it counts). When it takes the year's count to
 * the warning day or past day 10, the case managers are told in the app (once per student, year and threshold).
 * A removal that is itself a change of placement may carry the parents' 300.530(h) notice given with the decision.
 */
import type { Scope } from '../../db/handle';
import type { DataHandle } from '../../db/handle';
import { schoolYearOf } from '../../domain/calendar';
import { changesOfPlacement, lastDayOf, schoolDaysBetween } from '../../domain/discipline';
import { validateNotice, validateRemoval } from '../../domain/discipline-rules';
import { disciplineAlerts, disciplineYear } from '../../domain/discipline-year';
import { dateParam } from '../../domain/notifications';
import type { z } from 'zod';
import type { newRemovalSchema } from '../../api/discipline';
import { presentDiscipline, type DisciplineContext } from './summary';
import { addNotice, refuse, withEvents, writable } from './write';

export async function recordRemoval(
  handle: DataHandle,
  opts: { studentId: string; body: z.infer<typeof newRemovalSchema> },
) {
  return handle.run(async (scope) => {
    const ctx = await writable(scope, opts.studentId);
    const b = opts.body;
    const decidedOn = b.decidedOn ?? b.firstDay;
    const lastDay = b.lastDay ?? lastDayOf(b.firstDay, b.schoolDays ?? 1, ctx.calendar);
    const removal = {
      type: b.type,
      decidedOn,
      firstDay: b.firstDay,
      lastDay,
      inSchool: b.inSchool,
      bus: b.bus,
      specialCircumstance: b.specialCircumstance,
    };
    refuse(validateRemoval(removal, { today: scope.today, calendar: ctx.calendar }));
    const days = schoolDaysBetween(b.firstDay, lastDay, ctx.calendar).days;
    const years = [...new Set(days.map(schoolYearOf))];
    const before = new Map(
      years.map((y) => [
        y,
        disciplineYear({ records: ctx.records, calendar: ctx.calendar, today: scope.today, schoolYear: y }).total,
      ]),
    );

    const e = await scope.caseEvents.record({
      studentId: ctx.student.row.id,
      kind: 'disciplinary_removal',
      occurredOn: decidedOn,
      details: {
        type: b.type,
        firstDay: b.firstDay,
        lastDay,
        ...(b.inSchool ? { inSchool: b.inSchool } : {}),
        ...(b.bus ? { bus: b.bus } : {}),
        ...(b.specialCircumstance ? { specialCircumstance: b.specialCircumstance } : {}),
        behavior: b.behavior,
        ...(b.note ? { note: b.note } : {}),
      },
    });
    let next = withEvents(ctx, e);
    const cop = changesOfPlacement(next.records, ctx.calendar).find((c) => c.id === e.id);
    if (b.parentNotice) {
      if (!cop)
        refuse([
          {
            path: 'parentNotice',
            message:
              'This removal is not a change of placement: the 300.530(h) notice goes with a decision to change placement (34 CFR 300.530(h)).',
          },
        ]);
      refuse(validateNotice(b.parentNotice, cop, scope.today), 'parentNotice.');
      next = withEvents(next, ...(await addNotice(scope, ctx.student.row.id, e.id, b.parentNotice)));
    }
    await scope.audit({
      action: 'discipline.removal.record',
      studentId: ctx.student.row.id,
      context: {
        eventId: e.id,
        type: b.type,
        firstDay: b.firstDay,
        lastDay,
        schoolDays: days.length,
        changeOfPlacement: cop?.basis ?? null,
      },
    });
    await alertCaseManagers(scope, next, years, before);
    return {
      recorded: { id: e.id, kind: e.kind, occurredOn: e.occurredOn },
      discipline: presentDiscipline(next, scope.today, schoolYearOf(days[0] ?? b.firstDay)),
    };
  });
}

/** Tells the student's case managers when the year's count reaches the warning day, or passes day 10 (deduped per year). */
async function alertCaseManagers(
  scope: Scope,
  ctx: DisciplineContext,
  years: string[],
  before: Map<string, number>,
): Promise<void> {
  const s = ctx.student.row;
  const managers = await scope.notifications.caseManagersOf(s.id);
  if (!managers.length) return;
  for (const year of years) {
    const after = disciplineYear({
      records: ctx.records,
      calendar: ctx.calendar,
      today: scope.today,
      schoolYear: year,
    });
    for (const alert of disciplineAlerts(before.get(year) ?? 0, after.total)) {
      await scope.notifications.notify({
        userIds: managers.map((m) => m.userId),
        studentId: s.id,
        kind: 'discipline',
        message: alert === 'warning' ? 'discipline.notify.warning' : 'discipline.notify.pastTen',
        params: {
          student: `${s.firstName} ${s.lastName}`,
          days: after.total,
          year,
          ...(after.servicesFrom ? { from: dateParam(after.servicesFrom) } : {}),
        },
        link: `/students/${s.id}/discipline`,
        dedupeKey: `discipline:${s.id}:${year}:${alert}`,
      });
    }
  }
}
