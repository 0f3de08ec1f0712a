/**
 * Void a discipline record entered by mistake, with the reason. Nothing is deleted: the record stays in the case
 * timeline, struck through, and in the discipline page's list of voided records. A record others rest on (a removal
 * a determination considered or a decision a notice or MDR answers) is voided after them, so none is left dangling.
 */
import type { DataHandle } from '../../db/handle';
import { schoolYearOf } from '../../domain/calendar';
import { changesOfPlacement, DISCIPLINE_EVENT_KINDS } from '../../domain/discipline';
import { AppError } from '../../domain/errors';
import { disciplineAbilities } from '../../policy/discipline';
import { loadDiscipline, presentDiscipline } from './summary';

const KINDS = new Set<string>(DISCIPLINE_EVENT_KINDS);

export async function voidRecord(handle: DataHandle, opts: { id: string; reason: string }) {
  return handle.run(async (scope) => {
    const e = await scope.caseEvents.get(opts.id);
    if (!e || !KINDS.has(e.kind)) throw new AppError('NOT_FOUND', 'No discipline record with this id.');
    const denied = () =>
      new AppError('NOT_FOUND', 'No discipline record with this id.', [], {
        action: 'student.read_denied',
        studentId: e.studentId,
      });
    const s = await scope.students.get(e.studentId).catch(() => {
      throw denied();
    });
    const can = disciplineAbilities(scope.actor, s.row);
    if (!can.view) throw denied();
    if (!can.record)
      throw new AppError(
        'FORBIDDEN',
        'Only the case manager, the principal or a district administrator voids discipline records.',
      );
    if (e.voided) throw new AppError('INVALID_STATE', 'This record is already voided.');
    const ctx = await loadDiscipline(scope, e.studentId);
    // Decisions this record is (or is part of), and the records that answer them.
    const decisions = new Set([
      e.id,
      ...changesOfPlacement(ctx.records, ctx.calendar)
        .filter((c) => c.removalIds.includes(e.id))
        .map((c) => c.id),
    ]);
    const resting = [
      ...ctx.records.determinations.filter((d) => d.id !== e.id && d.removalIds.includes(e.id)).map((d) => d.id),
      ...ctx.records.notices.filter((n) => n.id !== e.id && decisions.has(n.decisionId)).map((n) => n.id),
      ...ctx.records.mdrs
        .filter((m) => m.id !== e.id && !m.fromMeeting && m.decisionId !== null && decisions.has(m.decisionId))
        .map((m) => m.id),
    ];
    if (resting.length) {
      throw new AppError(
        'INVALID_STATE',
        `Other records rest on this one; void them first: ${resting.join(', ')}.`,
        resting.map((id) => ({ path: 'id', message: `Record ${id} rests on it.` })),
      );
    }
    // The check above read the row before any other void committed: only the UPDATE knows (two voids at once).
    if (!(await scope.caseEvents.void(e.id, opts.reason)))
      throw new AppError('INVALID_STATE', 'This record is already voided.');
    // The safeguards notice recorded with a 300.530(h) notice goes with it.
    for (const linked of ctx.events.filter(
      (x) => x.sourceType === 'discipline_notice' && x.sourceId === e.id && !x.voided,
    ))
      await scope.caseEvents.void(linked.id, opts.reason);
    await scope.audit({
      action: 'discipline.void',
      studentId: e.studentId,
      context: { eventId: e.id, kind: e.kind, reason: opts.reason },
    });
    const after = await loadDiscipline(scope, e.studentId);
    return presentDiscipline(after, scope.today, schoolYearOf(e.occurredOn));
  });
}
