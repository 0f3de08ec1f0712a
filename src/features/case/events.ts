/** Case events on a student's record: the timeline, recording an event, voiding one recorded by mistake. */
import type { DataHandle } from '../../db/handle';
import { validateCaseEvent, type CaseEventKind } from '../../domain/case-events';
import { AppError } from '../../domain/errors';
import { stateProfile } from '../../domain/state-profiles';
import { caseAbilities } from '../../policy/case';
import { EVENT_DETAILS, isGenericEventKind } from '../../api/case';
import { recordOnCase, undoExit } from './record-on-case';
import { must } from '../../db/values';

const hidden = (studentId: string) =>
  new AppError('NOT_FOUND', 'No student with this id.', [], { action: 'student.read_denied', studentId });

export async function listEvents(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const s = await scope.students.get(opts.studentId);
    if (!caseAbilities(scope.actor, s.row).view) throw hidden(opts.studentId);
    const data = await scope.caseEvents.forStudent(s.row.id);
    await scope.audit({ action: 'case.events.read', studentId: s.row.id, context: { events: data.length } });
    return { data };
  });
}

export async function recordEvent(
  handle: DataHandle,
  opts: { studentId: string; kind: CaseEventKind; occurredOn: string; details: Record<string, unknown> },
) {
  if (!isGenericEventKind(opts.kind)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `A ${opts.kind} is recorded on the student's discipline record (/api/v1/students/{id}/discipline/…), which applies 34 CFR 300.530–300.536.`,
      [
        {
          path: 'kind',
          message:
            'Record removals, pattern determinations, the 300.530(h) notice and manifestation determinations through the discipline API.',
        },
      ],
    );
  }
  const parsed = EVENT_DETAILS[opts.kind].safeParse(opts.details);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The details of a ${opts.kind} event are not valid.`,
      parsed.error.issues.map((i) => ({ path: ['details', ...i.path.map(String)].join('.'), message: i.message })),
    );
  }
  return handle.run(async (scope) => {
    const s = await scope.students.get(opts.studentId);
    const can = caseAbilities(scope.actor, s.row);
    if (!can.view) throw hidden(opts.studentId);
    if (!can.record)
      throw new AppError(
        'FORBIDDEN',
        'Only the case manager, the principal or a district administrator records case events.',
      );
    const problems = validateCaseEvent(
      { kind: opts.kind, occurredOn: opts.occurredOn, details: parsed.data },
      {
        today: scope.today,
        dateOfBirth: s.row.dateOfBirth,
        profile: stateProfile(scope.actor.stateProfile ?? 'federal'),
      },
    );
    if (problems.length) throw new AppError('VALIDATION_FAILED', must(problems[0], 'a problem').message, problems);
    const e = await recordOnCase(scope, s, {
      kind: opts.kind,
      occurredOn: opts.occurredOn,
      details: parsed.data,
    });
    await scope.audit({
      action: 'case.event.record',
      studentId: s.row.id,
      context: { eventId: e.id, kind: e.kind, occurredOn: e.occurredOn },
    });
    return e;
  });
}

export async function voidEvent(handle: DataHandle, opts: { id: string; reason: string }) {
  return handle.run(async (scope) => {
    const e = await scope.caseEvents.get(opts.id);
    if (!e) throw new AppError('NOT_FOUND', 'No case event with this id.');
    const s = await scope.students.get(e.studentId).catch(() => {
      throw new AppError('NOT_FOUND', 'No case event with this id.', [], {
        action: 'student.read_denied',
        studentId: e.studentId,
      });
    });
    const can = caseAbilities(scope.actor, s.row);
    if (!can.view)
      throw new AppError('NOT_FOUND', 'No case event with this id.', [], {
        action: 'student.read_denied',
        studentId: e.studentId,
      });
    if (!can.record)
      throw new AppError(
        'FORBIDDEN',
        'Only the case manager, the principal or a district administrator voids case events.',
      );
    if (e.voided) throw new AppError('INVALID_STATE', 'This event is already voided.');
    if (e.sourceType)
      throw new AppError('INVALID_STATE', `This event was recorded by a ${e.sourceType}; correct it there.`);
    if (!isGenericEventKind(e.kind))
      throw new AppError(
        'INVALID_STATE',
        `A ${e.kind} is voided on the student's discipline record (POST /api/v1/discipline-records/{id}/void).`,
      );
    // The check above read the row before any other void committed: only the UPDATE knows (two voids at once).
    if (!(await scope.caseEvents.void(e.id, opts.reason)))
      throw new AppError('INVALID_STATE', 'This event is already voided.');
    if (e.kind === 'exit') await undoExit(scope, s, e);
    await scope.audit({
      action: 'case.event.void',
      studentId: e.studentId,
      context: { eventId: e.id, kind: e.kind, reason: opts.reason },
    });
    return must(await scope.caseEvents.get(e.id), `case event ${e.id}`);
  });
}
