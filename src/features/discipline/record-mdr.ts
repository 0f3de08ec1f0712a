/**
 * Record a manifestation determination review (300.530(e)): the two questions, the outcome (manifestation if either
 * is yes), and what follows — FBA and BIP and the return to placement (300.530(f)), the remedy of a failure to
 * implement the IEP (300.530(e)(3)), or the services while the disciplinary change proceeds (300.530(c), (d)).
 * One review per decision: a mistaken one is voided and recorded again.
 */
import { must } from '../../db/values';
import type { DataHandle } from '../../db/handle';
import { schoolYearOf } from '../../domain/calendar';
import { changesOfPlacement } from '../../domain/discipline';
import { validateManifestationReview } from '../../domain/discipline-rules';
import { AppError } from '../../domain/errors';
import type { z } from 'zod';
import type { newMdrSchema } from '../../api/discipline';
import { presentDiscipline } from './summary';
import { refuse, withEvents, writable } from './write';

export async function recordMdr(handle: DataHandle, opts: { studentId: string; body: z.infer<typeof newMdrSchema> }) {
  return handle.run(async (scope) => {
    const ctx = await writable(scope, opts.studentId);
    const b = opts.body;
    const cop = changesOfPlacement(ctx.records, ctx.calendar).find((c) => c.id === b.decisionId);
    refuse(validateManifestationReview(b, cop, scope.today));
    if (ctx.records.mdrs.some((m) => m.decisionId === b.decisionId && !m.fromMeeting)) {
      throw new AppError(
        'INVALID_STATE',
        'A manifestation determination is already recorded for this decision; void it to record it again.',
      );
    }
    const manifestation = b.causedByDisability || b.failureToImplementIep;
    const e = await scope.caseEvents.record({
      studentId: ctx.student.row.id,
      kind: 'mdr_held',
      occurredOn: b.heldOn,
      details: {
        decisionId: b.decisionId,
        causedByDisability: b.causedByDisability,
        failureToImplementIep: b.failureToImplementIep,
        manifestation,
        ...(b.behaviorPlan ? { behaviorPlan: b.behaviorPlan } : {}),
        ...(b.placement ? { placement: b.placement } : {}),
        ...(b.returnedOn ? { returnedOn: b.returnedOn } : {}),
        ...(b.remedySteps ? { remedySteps: b.remedySteps } : {}),
        ...(b.services ? { services: b.services } : {}),
        ...(b.participants ? { participants: b.participants } : {}),
        ...(b.note ? { note: b.note } : {}),
      },
    });
    await scope.audit({
      action: 'discipline.mdr.record',
      studentId: ctx.student.row.id,
      context: { eventId: e.id, decisionId: b.decisionId, heldOn: b.heldOn, manifestation },
    });
    return {
      recorded: { id: e.id, kind: e.kind, occurredOn: e.occurredOn },
      discipline: presentDiscipline(
        withEvents(ctx, e),
        scope.today,
        schoolYearOf(must(cop, 'the change of placement').decidedOn),
      ),
    };
  });
}
