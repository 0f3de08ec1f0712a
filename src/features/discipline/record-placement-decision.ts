/**
 * Record the district's case-by-case determination whether a series of removals is a pattern (300.536(a)(2),
 * (b)(1)): the removals considered, each factor, who determined it and when. A pattern is a decision to change
 * placement on that day: the MDR clock starts and the parents are notified that day (300.530(h)), which may be
 * recorded with it.
 */
import type { DataHandle } from '../../db/handle';
import { schoolYearOf } from '../../domain/calendar';
import { changesOfPlacement } from '../../domain/discipline';
import { validateNotice, validatePatternDetermination } from '../../domain/discipline-rules';
import type { z } from 'zod';
import type { newPlacementDecisionSchema } from '../../api/discipline';
import { presentDiscipline } from './summary';
import { addNotice, refuse, withEvents, writable } from './write';

export async function recordPlacementDecision(
  handle: DataHandle,
  opts: { studentId: string; body: z.infer<typeof newPlacementDecisionSchema> },
) {
  return handle.run(async (scope) => {
    const ctx = await writable(scope, opts.studentId);
    const b = opts.body;
    const removals = new Map(ctx.records.removals.map((r) => [r.id, r]));
    const removalIds = [...new Set(b.removalIds)];
    refuse(
      validatePatternDetermination(
        {
          determinedOn: b.decidedOn,
          pattern: b.pattern,
          removalIds,
          substantiallySimilarBehavior: b.substantiallySimilarBehavior,
        },
        { today: scope.today, removals, calendar: ctx.calendar },
      ),
    );
    if (b.parentNotice && !b.pattern)
      refuse([
        {
          path: 'parentNotice',
          message: 'Removals that are not a pattern change no placement: there is no 300.530(h) notice to record.',
        },
      ]);
    const e = await scope.caseEvents.record({
      studentId: ctx.student.row.id,
      kind: 'pattern_determination',
      occurredOn: b.decidedOn,
      details: {
        pattern: b.pattern,
        removalIds,
        substantiallySimilarBehavior: b.substantiallySimilarBehavior,
        lengthOfRemovals: b.lengthOfRemovals,
        totalTimeRemoved: b.totalTimeRemoved,
        proximity: b.proximity,
        determinedBy: b.determinedBy,
        ...(b.note ? { note: b.note } : {}),
      },
    });
    let next = withEvents(ctx, e);
    if (b.parentNotice) {
      const cop = changesOfPlacement(next.records, ctx.calendar).find((c) => c.id === e.id);
      refuse(validateNotice(b.parentNotice, cop, scope.today), 'parentNotice.');
      next = withEvents(next, ...(await addNotice(scope, ctx.student.row.id, e.id, b.parentNotice)));
    }
    await scope.audit({
      action: 'discipline.placement_decision.record',
      studentId: ctx.student.row.id,
      context: { eventId: e.id, pattern: b.pattern, removals: removalIds.length, decidedOn: b.decidedOn },
    });
    return {
      recorded: { id: e.id, kind: e.kind, occurredOn: e.occurredOn },
      discipline: presentDiscipline(next, scope.today, schoolYearOf(b.decidedOn)),
    };
  });
}
