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
  'session.csrf.refused':
    "a signed-in person's write was refused (403) because the X-CSRF-Token header was missing or wrong (the method and route are named, never a token)",
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
  'plan.finalize_refused':
    'finalizing was refused: error findings remain, or the plan it started from is no longer the one in effect',
  'plan.withdraw':
    'an open plan (a draft or a proposal) was withdrawn: kept, never in effect (the reason is kept with the plan)',
  'plan.share': 'a draft was shared with (or withdrawn from) the family',
  'plan.history': "someone read a plan's version history",
  'plan.read_denied': 'someone asked for a plan they may not see (answered 404)',
  'plan.propose': 'a draft with no error findings was proposed to the family (kept, immutable, in the history)',
  'plan.end': 'the plan in effect was ended (the reason is named)',
  'plan.await_consent':
    "a student's first IEP was finalized and waits for the parent's consent to the initial provision of services (34 CFR 300.300(b))",
  'plan.in_effect':
    "the IEP that waited for consent to initial services took effect (the consent's day and the first day in effect are named)",
  'plan.consent_refused':
    'the parent refused consent to initial services: the IEP that waited for it will not take effect (34 CFR 300.300(b)(3))',
  'plan.restore': 'a plan ended by an exit is in effect again because the exit was voided',
  'case.exit':
    "an exit ended the student's special education: the plans it ended and the status are named (34 CFR 300.102, 300.305(e))",
  'sop.create': 'a summary of performance was started (34 CFR 300.305(e)(3))',
  'sop.update': 'someone saved a draft summary of performance',
  'sop.provide': 'a summary of performance was provided to the student (it no longer changes)',
  'sop.read': "someone read a student's summaries of performance",
  'sop.print': 'someone printed a summary of performance as a PDF (the language is named)',
  'plan.meeting_date_set':
    "marking a meeting held set the meeting date of the draft or proposal it produced to the meeting's day (300.324(a)); old and new dates named",
  'plan.print':
    'someone printed a plan as a PDF (language, version and sections printed named); denied when they may see it but not print it (answered 404)',
  // ---- case clock ----
  'case.events.read': "someone read a student's case timeline (events)",
  'case.event.record':
    'someone recorded a case event (referral, notice, evaluation, eligibility, delay with its reason, exit…)',
  'case.event.void': 'someone voided a case event recorded by mistake (the reason is named; the event stays visible)',
  'case.deadlines.read': "someone read a student's deadlines (or a list of deadlines: one entry per student shown)",
  // ---- discipline (34 CFR 300.530–300.536) ----
  'discipline.read':
    "someone read a student's discipline record for a school year (removals, the count against 10, changes of placement, notices, MDRs)",
  'discipline.removal.record':
    'someone recorded a removal (type, days, whether it counts; a change of placement is named)',
  'discipline.placement_decision.record':
    'someone recorded whether a series of removals is a pattern (300.536), with its factors and who determined it',
  'discipline.notice.record':
    'someone recorded that the parents were notified of a decision to change placement and given the safeguards notice (300.530(h))',
  'discipline.mdr.record':
    'someone recorded a manifestation determination review: both questions and the outcome (300.530(e))',
  'discipline.void':
    'someone voided a discipline record entered by mistake (the reason is named; the record stays visible)',
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
  'meeting.participant.update':
    "someone changed a team member's entry: role, attendance, consent to invite an agency (the fields are named)",
  'meeting.participant.remove': "someone removed a member from a meeting's team",
  'meeting.excusal.record':
    'someone recorded the excusal of a team member: written parent agreement, area discussed, written input (300.321(e))',
  'meeting.contact_attempt.record': 'someone recorded an attempt to reach the parents about a meeting (300.322(d))',
  'meeting.notice.send':
    'the written meeting notice was recorded as sent on its real day (method, language, the last day of the lead time, whether it was late; a shorter notice the parent agreed to)',
  'meeting.notice.refused': 'recording the notice was refused because it lacks what it must say (the rule is named)',
  'meeting.notice.shorter_agreed':
    "the parent's agreement to a shorter meeting notice was recorded with its day (300.322(a)(1))",
  'meeting.notice.print': 'someone printed a meeting notice as a PDF (language named)',
  'meeting.hold': 'a meeting was marked held: attendance, minutes and the plan version it produced',
  'meeting.hold_refused':
    'marking a meeting held was refused because it was not properly constituted (the findings are named)',
  'meeting.cancel': 'a scheduled meeting was cancelled (the reason is named)',
  'meeting.respond': 'a parent answered a meeting invitation: accepted, declined or proposed another time',
  // ---- consents and notices ----
  'consent.list': "someone listed a student's consent requests and prior written notices",
  'consent.read': 'someone opened a consent request or answer',
  'consent.request': 'staff asked the parents for consent (the type is named; the family is notified)',
  'consent.answer':
    'a parent gave or refused consent, signed in the portal (typed name, checkbox, time and IP kept) or on paper recorded by staff',
  'consent.revoke':
    'a given consent was revoked in writing (in the portal, or a written revocation recorded by staff); not retroactive',
  'consent.print': 'someone printed a consent form as a PDF (language named)',
  'consent.read_denied':
    'someone asked for a consent they may not see, or tried to sign one they may not sign (answered 404)',
  'notice.read': 'someone opened a prior written notice',
  'notice.create': 'staff started a draft prior written notice',
  'notice.update': 'staff saved a draft prior written notice (the elements changed are named)',
  'notice.issue': 'a prior written notice with all seven elements was issued to the parents (it never changes again)',
  'notice.issue_refused': 'issuing a prior written notice was refused because elements are missing (they are named)',
  'notice.print': 'someone printed a prior written notice as a PDF (language named)',
  'notice.read_denied': 'someone asked for a prior written notice they may not see (answered 404)',
  // ---- notifications ----
  'notification.outbox.read':
    'a district administrator read the mail outbox (one entry per student the mail shown is about)',
  // ---- family portal ----
  'family.input.add': 'a parent (or the student, from the portal age) added a concern or their input for the next IEP',
  'family.input.list': "someone listed the concerns and input a student's family sent (staff: all; family: their own)",
  'family.input.add_to_draft':
    "staff added a family's concern or the student's input to the draft IEP's present levels (plan.update is recorded too)",
  'family.input.acknowledge': "staff marked a family's concern or the student's input as read",
  'family.records_request': "a parent asked to inspect their child's records: the 45-day clock starts (34 CFR 300.613)",
  'family.records_requests.read': "someone read a student's records requests and their due dates",
  'family.meeting_request.create': 'a parent (or the student) asked the team for a meeting',
  'family.meeting_request.list': "someone listed a student's meeting requests",
  'family.meeting_request.update': 'staff marked a meeting request scheduled or closed',
  'family.preparation.read':
    'someone opened a preparation checklist for a meeting (their own, or those shared with the team)',
  'family.preparation.save': 'a parent (or the student) saved their preparation checklist for a meeting',
  'family.preparation.share': 'a parent (or the student) shared their preparation checklist with the team',
  'family.safeguards.download':
    'someone downloaded the procedural safeguards notice (34 CFR 300.504), in English or Spanish',
  'family.read_denied':
    'someone asked for family input, a meeting request or a checklist they may not see (answered 404)',
  // ---- reports ----
  'report.read':
    'a district administrator produced a federal report (IDEA 618 child count, educational environments, exiting, or SPP/APR indicators; kind and count date or school year named)',
  'report.student_listed':
    'a student appeared, by local student id, in an SPP/APR indicator CSV a district administrator produced (one entry per student listed; the report kind named)',
  // ---- district settings and school calendars ----
  'district.settings.read':
    "a district administrator opened the district's settings (state profile, child count date, meeting notice lead time, the schools' calendars)",
  'district.settings.update':
    "a district administrator changed the district's settings (each setting before and after is named)",
  'district.settings.denied':
    "someone other than the district's administrator asked for its settings or a school's calendar, or to change them (answered 404)",
  'calendar.read': "a district administrator read a school's calendar (the years it has, or one year's days)",
  'calendar.replace':
    "a school year's calendar was replaced: built from its first and last day and closures, given day by day, or imported from CSV (API or openiep calendar import); source, versions and day counts named",
  'state_profile.add':
    'a state profile was added to the database, or an added one replaced, with openiep profile add (its code named)',
  // ---- roster ----
  'roster.import':
    "a OneRoster import (openiep import) created or updated the district's schools, students, staff, guardians and classes (one entry per run, and one per student created or changed)",
  // ---- accounts ----
  'account.invite':
    'an invitation to set a password was made for an account: mailed (a district administrator, or openiep invite) or printed for the operator (openiep invite --print-link); refused without mail',
  'account.password_reset_requested':
    'someone asked for a password reset link (a mail is sent only when the account exists and is enabled, mail is configured, and the email asked fewer than 4 times this hour)',
  'account.password_set':
    "a password was set from an invitation or reset link (the account's other sessions are signed out); a refused link is recorded as a failure",
} as const;
export type AuditAction = keyof typeof AUDIT_EVENTS;
export type AuditOutcome = 'success' | 'denied' | 'failure';
