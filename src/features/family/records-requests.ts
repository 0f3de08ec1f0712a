/**
 * A parent asks to inspect their child's education records (34 CFR 300.613): recorded as the case event
 * 'records_request', from which the case clock (src/domain/case-clock.ts, through the case feature's
 * computeClocks) runs: no later than 45 days after the request, and before any IEP meeting. The due date shown
 * here is the clock's own, so the portal, the case manager's list and the reminders always agree. Staff mark it
 * met with a 'records_provided' event naming the request (the case events API).
 */
import type { DataHandle, Scope } from '../../db/handle';
import type { CaseEventRow } from '../../db/case-events-repo';
import { AppError } from '../../domain/errors';
import { calculateDeadline, deadlineStatus } from '../../domain/deadlines';
import { checkText, FAMILY_LIMITS } from '../../domain/family';
import { computeClocks } from '../case/clock';
import { familyContext, familyForbidden, familyNotFound, type FamilyContext } from './context';
import { isGuardian, isStudentAccount } from '../../policy/predicates';

/** The clock of each records request of the student, by request (case event) id. */
/** A records request's clock, by request id. */
interface RequestClock {
  due: string;
  status: ReturnType<typeof deadlineStatus>;
  citation: string;
  basis: string;
  metOn: string | null;
}
type RequestClocks = Map<string, RequestClock>;

async function clocksOf(scope: Scope, ctx: FamilyContext): Promise<RequestClocks> {
  const [clock] = await computeClocks(scope, [ctx.student]);
  const out: RequestClocks = new Map();
  for (const d of clock?.deadlines ?? []) {
    if (d.rule === 'records-request' && d.id.startsWith('records-request:'))
      out.set(d.id.slice('records-request:'.length), d);
  }
  return out;
}

function present(e: CaseEventRow, clock: RequestClocks, ctx: FamilyContext, scope: Scope) {
  // The clock has every request; the 45-day date stands in should it ever not (it is never later than the clock's).
  const fallback = calculateDeadline({ rule: 'records-request', from: e.occurredOn, profile: ctx.profile });
  const c = clock.get(e.id) ?? {
    ...fallback,
    metOn: null,
    status: deadlineStatus({ due: fallback.due, today: scope.today, dueSoonDays: scope.dueSoonDays }),
  };
  return {
    id: e.id,
    studentId: e.studentId,
    requestedOn: e.occurredOn,
    requestedBy: typeof e.details.requestedBy === 'string' ? e.details.requestedBy : e.recordedByName,
    scope: typeof e.details.scope === 'string' ? e.details.scope : '',
    due: c.due,
    citation: c.citation,
    basis: c.basis,
    status: c.status,
    providedOn: c.metOn,
  };
}

export async function requestRecords(handle: DataHandle, opts: { studentId: string; scope: string }) {
  // 1. The request itself, audited, in one transaction.
  const event = await handle.run(async (scope) => {
    const ctx = await familyContext(scope, opts.studentId);
    if (!ctx.abilities.requestRecords)
      throw familyForbidden(
        'A parent with educational rights (or a student who has reached the age of majority) asks for the records.',
      );
    const checked = checkText(opts.scope, FAMILY_LIMITS.recordsScope, { required: false });
    if (!checked.ok)
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', [
        { path: 'scope', message: checked.message },
      ]);
    const e = await scope.caseEvents.record({
      studentId: opts.studentId,
      kind: 'records_request',
      occurredOn: scope.today,
      details: { requestedBy: scope.actor.name, scope: checked.text },
      sourceType: 'family',
    });
    await scope.audit({ action: 'family.records_request', studentId: opts.studentId, context: { eventId: e.id } });
    return e;
  });
  // 2. After commit: its date on the case clock (read outside the transaction, as every clock is read), and the
  //    case managers told, with that date.
  const { out, studentName } = await handle.read(async (scope) => {
    const ctx = await familyContext(scope, opts.studentId);
    return {
      out: present(event, await clocksOf(scope, ctx), ctx, scope),
      studentName: `${ctx.student.row.firstName} ${ctx.student.row.lastName}`,
    };
  });
  await handle.run(async (scope) => {
    const managers = await scope.notifications.caseManagersOf(opts.studentId);
    await scope.notifications.notify({
      userIds: managers.map((m) => m.userId),
      studentId: opts.studentId,
      kind: 'records_request',
      message: 'notify.family.recordsRequest',
      params: { student: studentName, from: scope.actor.name, due: out.due },
      link: `/students/${opts.studentId}#family`,
      dedupeKey: `records_request:${event.id}`,
    });
  });
  return out;
}

export async function listRecordsRequests(handle: DataHandle, opts: { studentId: string }) {
  return handle.read(async (scope) => {
    const ctx = await familyContext(scope, opts.studentId);
    const family = isGuardian(scope.actor) || (isStudentAccount(scope.actor) && ctx.abilities.readInput !== 'none');
    if (!ctx.abilities.manage && !family) throw familyNotFound('records request list', opts.studentId, opts.studentId);
    const requests = (await scope.caseEvents.forStudent(opts.studentId)).filter(
      (e) => !e.voided && e.kind === 'records_request',
    );
    const clock = requests.length ? await clocksOf(scope, ctx) : new Map<string, RequestClock>();
    const data = requests.map((e) => present(e, clock, ctx, scope)).reverse();
    await scope.audit({
      action: 'family.records_requests.read',
      studentId: opts.studentId,
      context: { shown: data.length },
    });
    return { data };
  });
}
