/**
 * The audit catalogue (34 CFR 300.614; FERPA 34 CFR 99.32): every event OpenIEP records, with when it fires.
 * Entries are append-only (the database refuses UPDATE and DELETE) and are written in the same
 * transaction as the work they describe; refused attempts are written after the rollback.
 */
export const AUDIT_EVENTS = {
  'auth.sign_in': 'a person signed in with a correct password',
  'auth.sign_in_failed': 'a sign-in was refused: unknown email, wrong password, disabled or locked account',
  'auth.locked_out': 'repeated failures locked an account for a while',
  'auth.sign_out': 'a person signed out (their session was revoked)',
  'student.list': 'a student appeared in a list someone opened (one entry per student shown)',
  'student.read': "someone opened a student's record",
  'student.update': "someone changed a student's record (the fields are named in the context)",
  'student.access_log.read': "someone read who has accessed a student's record",
  'student.read_denied': "someone asked for a student's record they may not see (answered 404)",
  'student.create': 'a student record was created (roster import, seed)',
  'plan.list': "someone listed a student's plans",
  'plan.read': 'someone opened a plan (the sections they could see are named)',
  'plan.create': 'a draft plan (or an amendment of the active plan) was started',
  'plan.update': 'someone saved sections of a draft plan (the sections are named)',
  'plan.findings': "someone checked a plan's findings",
  'plan.finalize': 'a draft became the plan in effect (the previous one superseded)',
  'plan.finalize_refused': 'finalizing was refused because error findings remain',
  'plan.share': 'a draft was shared with (or withdrawn from) the family',
  'plan.history': "someone read a plan's version history",
  'plan.read_denied': 'someone asked for a plan they may not see (answered 404)',
  'plan.propose': 'a draft with no error findings was proposed to the family (kept, immutable, in the history)',
  'plan.end': 'the plan in effect was ended (the reason is named)',
  'plan.print': 'someone printed a plan as a PDF (language, version and sections printed named); denied when they may see it but not print it (answered 404)',
  // ---- case clock ----
  'case.events.read': "someone read a student's case timeline (events)",
  'case.event.record': 'someone recorded a case event (referral, notice, evaluation, eligibility, delay with its reason, exit…)',
  'case.event.void': 'someone voided a case event recorded by mistake (the reason is named; the event stays visible)',
  'case.deadlines.read': "someone read a student's deadlines (or a list of deadlines: one entry per student shown)",
  'compliance.summary.read': "an administrator read the district's compliance summary",
  'progress.list': "someone listed a plan's progress reports",
  'progress.read': 'someone read a progress report on annual goals',
  'progress.create': 'someone started a progress report on the goals of the plan in effect',
  'progress.update': 'someone saved a progress report draft',
  'progress.issue': 'a progress report was sent to the family (the progress-report clock is met)',
  'progress.print': 'someone printed a progress report as a PDF (language named)',
  'progress.read_denied': 'someone asked for a progress report they may not see (answered 404)',
  // ---- meetings ----
  'meeting.list': "someone listed a student's meetings (one entry for the student)",
  'meeting.read': 'someone opened a meeting (its team, notice and contact attempts as they may see them)',
  'meeting.read_denied': 'someone asked for a meeting they may not see (answered 404)',
  'meeting.schedule': 'a meeting was scheduled (purpose, day and the team invited are named)',
  'meeting.update': "someone changed a meeting's details or minutes (the fields are named)",
  'meeting.participant.add': "someone added a member to a meeting's team",
  'meeting.participant.update': "someone changed a team member's entry: role, attendance, consent to invite an agency (the fields are named)",
  'meeting.participant.remove': "someone removed a member from a meeting's team",
  'meeting.excusal.record': 'someone recorded the excusal of a team member: written parent agreement, area discussed, written input (300.321(e))',
  'meeting.contact_attempt.record': 'someone recorded an attempt to reach the parents about a meeting (300.322(d))',
  'meeting.notice.send': 'the written meeting notice was recorded as sent (day, method, language; a shorter notice the parent agreed to)',
  'meeting.notice.refused': 'recording the notice was refused: too late for the lead time or missing contents (the rule is named)',
  'meeting.notice.print': 'someone printed a meeting notice as a PDF (language named)',
  'meeting.hold': 'a meeting was marked held: attendance, minutes and the plan version it produced',
  'meeting.hold_refused': 'marking a meeting held was refused because it was not properly constituted (the findings are named)',
  'meeting.cancel': 'a scheduled meeting was cancelled (the reason is named)',
  'meeting.respond': 'a parent answered a meeting invitation: accepted, declined or proposed another time',
  // ---- consents and notices ----
  // ---- notifications ----
  // ---- family portal ----
} as const;
export type AuditAction = keyof typeof AUDIT_EVENTS;
export type AuditOutcome = 'success' | 'denied' | 'failure';
