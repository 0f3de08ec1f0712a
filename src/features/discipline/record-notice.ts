/** Record that the parents were notified of a decision to change placement and given the safeguards notice (300.530(h)); a late one is kept and shown met late. */
import { must } from '../../db/values';
import type { DataHandle } from '../../db/handle';
import { schoolYearOf } from '../../domain/calendar';
import { changesOfPlacement } from '../../domain/discipline';
import { validateNotice } from '../../domain/discipline-rules';
import type { z } from 'zod';
import type { newNoticeSchema } from '../../api/discipline';
import { presentDiscipline } from './summary';
import { addNotice, refuse, withEvents, writable } from './write';

export async function recordNotice(
  handle: DataHandle,
  opts: { studentId: string; body: z.infer<typeof newNoticeSchema> },
) {
  return handle.run(async (scope) => {
    const ctx = await writable(scope, opts.studentId);
    const b = opts.body;
    const cop = changesOfPlacement(ctx.records, ctx.calendar).find((c) => c.id === b.decisionId);
    refuse(validateNotice(b, cop, scope.today));
    const added = await addNotice(scope, ctx.student.row.id, b.decisionId, b, b.note);
    const e = must(added[0], 'the notice event');
    const decidedOn = must(cop, 'the change of placement').decidedOn;
    await scope.audit({
      action: 'discipline.notice.record',
      studentId: ctx.student.row.id,
      context: {
        eventId: e.id,
        decisionId: b.decisionId,
        notifiedOn: b.notifiedOn,
        safeguards: b.safeguardsNoticeProvided,
        due: decidedOn,
      },
    });
    return {
      recorded: { id: e.id, kind: e.kind, occurredOn: e.occurredOn },
      discipline: presentDiscipline(withEvents(ctx, ...added), scope.today, schoolYearOf(decidedOn)),
    };
  });
}
