import type { z } from 'zod';
import type { DataHandle, Scope } from '../../db/handle';
import type { ProducedPlan, ScopedMeeting } from '../../db/meetings-repo';
import { AppError } from '../../domain/errors';
import { heldFindings, producedPlanDate } from '../../domain/meetings';
import { asRuleFindings, meetingFacts, presentMeeting, structuredFindings } from './presenter';
import type { holdSchema } from '../../api/meetings';
import { assertCurrent, expectedVersion, type VersionClaim } from '../../server/etag';
import { dayParam } from './team';

/**
 * Marks a meeting held: applies the attendance (and typed signatures) given, then checks that the meeting was
 * properly constituted (300.321, 300.322(d)). Refused with 422 listing each finding, and nothing is saved, unless
 * it was. Records the minutes, the plan version it produced, and the case event 'iep_meeting' the deadline engine reads.
 * The plan it produced takes the meeting's day as its meeting date (300.324(a); the annual review runs from it): a draft
 * or a proposal in the same transaction (a new version, the one recorded); a final plan with another date is left as it
 * is, and the meeting and the plan then show a finding (src/domain/meetings.ts producedPlanDate).
 */
type HoldInput = Omit<z.infer<typeof holdSchema>, 'version'>;

/** Refuses to hold a meeting the actor may not manage, that is not scheduled, is stale or is still to come. */
function checkHoldable(scope: Scope, s: ScopedMeeting, claim: VersionClaim): void {
  if (!s.abilities.manage)
    throw new AppError('FORBIDDEN', 'Only the case manager, the principal or an administrator marks a meeting held.');
  const want = expectedVersion(claim, s.meeting.id, 'this meeting');
  if (s.meeting.status !== 'scheduled')
    throw new AppError('INVALID_STATE', `The meeting is ${s.meeting.status}; only a scheduled meeting is marked held.`);
  assertCurrent(
    want,
    s.meeting.version,
    'This meeting was changed by someone else since you loaded it. Reload to see their change.',
  );
  if (s.meeting.date > scope.today)
    throw new AppError('INVALID_STATE', `The meeting is on ${s.meeting.date}: mark it held on or after that day.`);
}

/** Writes the attendance (and typed signatures) given; an excusal needs its written agreement recorded first. */
async function applyAttendance(scope: Scope, s: ScopedMeeting, attendance: HoldInput['attendance']): Promise<void> {
  for (const [n, a] of attendance.entries()) {
    const p = s.participants.find((x) => x.id === a.participantId);
    if (!p)
      throw new AppError('VALIDATION_FAILED', 'Attendance names someone who is not on this meeting’s team.', [
        { path: `attendance.${n}.participantId`, message: 'Not on this meeting’s team.' },
      ]);
    if (a.attendance === 'excused' && p.attendance !== 'excused') {
      throw new AppError('VALIDATION_FAILED', 'Record an excusal with its written agreement first.', [
        { path: `attendance.${n}.attendance`, message: 'Use the excusal form (300.321(e)).' },
      ]);
    }
    await scope.meetings.updateParticipant(
      s.meeting.id,
      p.id,
      {
        attendance: a.attendance,
        ...(a.attendedBy !== undefined ? { attendedBy: a.attendance === 'attended' ? a.attendedBy : null } : {}),
      },
      { signature: a.signatureName === undefined ? undefined : a.signatureName || null },
    );
  }
}

/** The plan the meeting produced, if one is named: it must be one of the student's. */
async function producedPlan(scope: Scope, s: ScopedMeeting, planId: HoldInput['planId']) {
  if (!planId) return null;
  const plan = await scope.meetings.planOf(s.meeting.studentId, planId, { forUpdate: true });
  if (!plan)
    throw new AppError('VALIDATION_FAILED', 'The plan is not one of this student’s.', [
      { path: 'planId', message: 'Not a plan of this student.' },
    ]);
  return plan;
}

/** The 300.321/300.322(d) findings of the team as held; refused (422, audited) when any is an error. */
function decideConstituted(s: ScopedMeeting, now: ScopedMeeting) {
  const findings = heldFindings(meetingFacts(now));
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    throw new AppError(
      'RULE_VIOLATION',
      'The meeting was not properly constituted (34 CFR 300.321, 300.322(d)); see errors.',
      errors.map((f) => ({ path: f.path, message: `${f.rule} (${f.citation}): ${f.message}` })),
      {
        action: 'meeting.hold_refused',
        studentId: s.meeting.studentId,
        context: { meetingId: s.meeting.id, rules: errors.map((f) => f.rule) },
      },
      // The same findings as codes and values, read from the team as it would have been held (the attendance given).
      { findings: asRuleFindings(structuredFindings(errors, now)) },
    );
  }
  return findings;
}

/** Gives the produced plan the meeting's day when src/domain/meetings.ts producedPlanDate says so (audited). */
async function datePlan(scope: Scope, s: ScopedMeeting, plan: ProducedPlan) {
  const planDate = producedPlanDate(s.meeting.date, plan);
  if (planDate !== 'set') return { plan, planDate };
  const version = await scope.plans.setMeetingDate(plan.id, s.meeting.date);
  await scope.audit({
    action: 'plan.meeting_date_set',
    studentId: s.meeting.studentId,
    context: { planId: plan.id, meetingId: s.meeting.id, from: plan.meetingDate, to: s.meeting.date, version },
  });
  return { plan: { ...plan, version, meetingDate: s.meeting.date }, planDate };
}

/** Marks the meeting held with its minutes and plan, records the case event 'iep_meeting' and audits the hold. */
async function writeHeld(
  scope: Scope,
  s: ScopedMeeting,
  now: ScopedMeeting,
  held: { minutes: HoldInput['minutes']; plan: ProducedPlan | null; planDate: string | null; warnings: string[] },
) {
  const { plan } = held;
  await scope.meetings.markHeld(s.meeting.id, now.meeting.version, {
    minutes: held.minutes ?? s.meeting.minutes,
    planId: plan?.id ?? null,
    planVersion: plan?.version ?? null,
  });
  await scope.caseEvents.record({
    studentId: s.meeting.studentId,
    kind: 'iep_meeting',
    occurredOn: s.meeting.date,
    details: { purpose: s.meeting.purpose, meetingId: s.meeting.id },
    sourceType: 'meeting',
    sourceId: s.meeting.id,
  });
  await scope.audit({
    action: 'meeting.hold',
    studentId: s.meeting.studentId,
    context: {
      meetingId: s.meeting.id,
      attended: now.participants.filter((p) => p.attendance === 'attended').map((p) => p.role),
      excused: now.participants.filter((p) => p.attendance === 'excused').map((p) => p.role),
      planId: plan?.id ?? null,
      planVersion: plan?.version ?? null,
      planMeetingDate: held.planDate,
      warnings: held.warnings,
    },
  });
}

export async function holdMeeting(handle: DataHandle, opts: { id: string; claim: VersionClaim; input: HoldInput }) {
  return handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id, { forUpdate: true });
    checkHoldable(scope, s, opts.claim);
    const i = opts.input;
    await applyAttendance(scope, s, i.attendance);
    const named = await producedPlan(scope, s, i.planId);
    const now = await scope.meetings.get(s.meeting.id);
    const findings = decideConstituted(s, now);
    const { plan, planDate } = named ? await datePlan(scope, s, named) : { plan: null, planDate: null };
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => f.rule);
    await writeHeld(scope, s, now, { minutes: i.minutes, plan, planDate, warnings });
    return presentMeeting(scope, await scope.meetings.get(s.meeting.id));
  });
}

/** Cancels a scheduled meeting with the reason; those invited who have accounts are told. */
export async function cancelMeeting(handle: DataHandle, opts: { id: string; reason: string }) {
  return handle.run(async (scope) => {
    const s = await scope.meetings.get(opts.id, { forUpdate: true });
    if (!s.abilities.manage)
      throw new AppError('FORBIDDEN', 'Only the case manager, the principal or an administrator cancels a meeting.');
    await scope.meetings.cancel(s.meeting.id, opts.reason);
    const userIds = new Set(s.participants.flatMap((p) => (p.userId ? [p.userId] : [])));
    for (const u of await scope.meetings.guardianUsers(
      s.participants.flatMap((p) => (p.guardianId ? [p.guardianId] : [])),
    ))
      userIds.add(u.userId);
    userIds.delete(scope.actor.userId);
    await scope.notifications.notify({
      userIds: [...userIds],
      studentId: s.meeting.studentId,
      kind: 'meeting_invitation',
      message: 'meetings.notify.cancelled',
      params: {
        student: `${s.student.firstName} ${s.student.lastName}`,
        day: dayParam(s.meeting.date),
        time: s.meeting.startTime,
      },
      link: `/meetings/${s.meeting.id}`,
      dedupeKey: `meeting:${s.meeting.id}:cancelled`,
    });
    await scope.audit({
      action: 'meeting.cancel',
      studentId: s.meeting.studentId,
      context: { meetingId: s.meeting.id, reason: opts.reason },
    });
    return presentMeeting(scope, await scope.meetings.get(s.meeting.id));
  });
}
