/**
 * English messages of one area (lifecycle): consent to initial services (34 CFR 300.300(b)), exits and the summary of
 * performance (300.102, 300.305(e)). lifecycle.es.ts must have the same keys (typed).
 */
export const lifecycleEn = {
  'audit.plan.await_consent': 'Finalized a first IEP that waits for consent to services',
  'audit.plan.in_effect': 'The IEP took effect on the parent’s consent',
  'audit.plan.consent_refused': 'The parent refused consent to start services',
  'audit.plan.restore': 'Restored a plan ended by a voided exit',
  'audit.case.exit': 'Recorded leaving special education',
  'audit.sop.create': 'Started a summary of performance',
  'audit.sop.update': 'Saved a summary of performance',
  'audit.sop.provide': 'Provided a summary of performance',
  'audit.sop.read': 'Read the summaries of performance',
  'audit.sop.print': 'Printed a summary of performance',
  // Case events added for disputes (records before resolution sessions and hearings, 300.613(a); 300.300(b)(3))
  'case.event.kind.resolution_meeting_scheduled': 'Resolution session scheduled',
  'case.event.kind.hearing_scheduled': 'Due process hearing scheduled',
  'case.details.scheduledFor': 'For {value}',
  'case.details.filedBy.parent': 'Filed by the parent',
  'case.details.filedBy.district': 'Filed by the district',
  'case.details.overridesConsent': 'To override a refusal of consent: {value}',
  'case.record.scheduledFor': 'Scheduled for',
  'case.record.filedBy': 'Filed by',
  'case.record.filedBy.parent': 'The parent',
  'case.record.filedBy.district': 'The district',
  'case.record.overridesConsent': 'The district asks the hearing to override a refusal of consent for (optional)',
  // Plan statuses added by 300.300(b)
  'plan.status.awaiting_consent': 'Awaiting consent',
  'plan.status.consent_refused': 'Consent refused',
  'document.status.awaiting_consent':
    'Not in effect yet: awaiting the parent’s written consent to the initial provision of services (34 CFR 300.300(b)).',
  'document.status.consent_refused':
    'Not in effect: the parent refused consent to the initial provision of services (34 CFR 300.300(b)(3)).',
  // Clock rules added for the wait and for exits
  'deadline.rule.initial-services-consent': 'Parent’s consent to start services',
  'deadline.rule.summary-of-performance': 'Summary of performance at exit',
  'deadline.rule.exit-notice': 'Prior written notice before leaving special education',
  'deadline.rule.exit-evaluation': 'Evaluation before ending eligibility',
  'deadline.explain.initial-services-consent':
    'The IEP takes effect when you give written consent for services to start. Until then nothing in it is provided.',
  'deadline.explain.summary-of-performance':
    'When a student graduates with a regular diploma or ages out, the school gives a summary of their achievement and recommendations for their goals after school.',
  'deadline.explain.exit-notice':
    'The school must tell you in writing, before it happens, that special education will end, and why.',
  'deadline.explain.exit-evaluation':
    'Before deciding a child no longer needs special education, the school evaluates the child again.',
  'case.delay.awaiting_parent_consent':
    'Waiting for the parent’s consent to start services (the school is not at fault)',
  'due.action.openSection.consents': 'Open consents',
  'due.action.openSection.notices': 'Open prior written notices',
  'due.action.openSection.exit': 'Open the exit summary',
  // The plan page while the IEP waits for consent, or after a refusal
  'plan.meta.inEffectFrom': 'In effect from',
  'plan.awaiting.title': 'Not in effect yet',
  'plan.awaiting.body':
    'This is the student’s first IEP. It takes effect when the parent’s written consent to the initial provision of special education and related services is recorded (34 CFR 300.300(b)(1)) — signed in the family portal or recorded from the signed paper form. Until then nothing in it is provided, and it is not counted as served.',
  'plan.awaiting.link': 'Go to the consent request',
  'plan.refused.title': 'Not in effect: consent refused',
  'plan.refused.body':
    'The parent refused consent to the initial provision of services on {date}. The district may not use mediation or due process to override the refusal (34 CFR 300.300(b)(3)(i)) and is not in violation of the requirement to make FAPE available (300.300(b)(3)(ii)). A prior written notice of the refusal was drafted for the case manager to complete and issue.',
  'plan.finalize.awaitingConsent':
    'Finalized. It takes effect when the parent’s consent to start services is recorded.',
  'consent.refused.noOverride':
    'The district may not use mediation or due process to override this refusal (34 CFR 300.300(b)(3)(i)).',
  'consent.initialServices.description':
    'The initial provision of the special education and related services in your child’s IEP (the IEP meeting of {date}).',
  // Prior written notice subjects and default texts added with 300.300(b) and exits
  'notices.subject.initial_services': 'the initial provision of special education and related services',
  'notices.subject.graduation': 'graduation with a regular high school diploma (the end of special education)',
  'notices.default.initialServicesRefused':
    'The district will not provide the special education and related services in your child’s IEP, because you refused (or did not give) written consent to their initial provision.',
  'notices.default.initialServicesRefusedReasons':
    'Special education and related services may be provided for the first time only with the parent’s written consent. The district may not use mediation or a due process hearing to override your decision ({noOverride}), and it is not required to provide the services you did not consent to ({notInViolation}). You may ask for the services at any time.',
  'plan.end.exitReason': 'The student leaves special education: basis of exit',
  'plan.end.exitHint':
    'Ending the IEP records the student’s exit with this basis (the federal exiting report counts it). Their last day in special education is yesterday.',
  // Exits
  'exit.heading': 'Leaving special education',
  'exit.none': 'The student has not left special education.',
  'exit.recorded': 'Left special education on {date}: {reason}.',
  'exit.needs': 'What this exit needs',
  'exit.need.summary_of_performance': 'Summary of performance (34 CFR 300.305(e)(3))',
  'exit.need.prior_written_notice': 'Prior written notice (34 CFR 300.503)',
  'exit.need.evaluation': 'An evaluation before ending eligibility (34 CFR 300.305(e)(1))',
  'exit.endsPlans':
    'Recording the exit ends the IEP in effect the day after the exit date and stops the case’s clocks; the student leaves every count dated after it.',
  // Summary of performance (300.305(e)(3))
  'sop.heading': 'Summary of performance',
  'sop.intro':
    'For a student who graduates with a regular diploma or exceeds the age of eligibility: a summary of academic achievement and functional performance, with recommendations on how to help them meet their postsecondary goals (34 CFR 300.305(e)(3)).',
  'sop.none': 'No summary of performance yet.',
  'sop.new': 'Write a summary of performance',
  'sop.field.academicAchievement': 'Academic achievement',
  'sop.field.functionalPerformance': 'Functional performance',
  'sop.field.postsecondaryGoals': 'Postsecondary goals',
  'sop.field.recommendations': 'Recommendations to help meet the postsecondary goals',
  'sop.field.studentPerspective': 'The student’s own view (optional)',
  'sop.field.language': 'Language of the document',
  'sop.save': 'Save',
  'sop.unsaved': 'Not saved yet…',
  'sop.notSaved':
    'Not saved: the connection failed. Your text is kept in this browser; it is saved again when you type or press Save.',
  'sop.saved': 'Saved.',
  'sop.provide': 'Provide to the student',
  'sop.provided': 'Provided on {date} by {name}.',
  'sop.draft': 'Draft',
  'sop.pdf': 'Summary of performance (PDF, {language})',
  'sop.missing': 'Fill in: {fields}.',
  'sop.stale': 'Someone else changed this summary. Reload to see their version before saving.',
  'document.sop.title': 'Summary of Performance',
  'document.sop.subject': 'Summary of academic achievement and functional performance (34 CFR 300.305(e)(3))',
  'document.sop.student': 'Student',
  'document.sop.dateOfBirth': 'Date of birth',
  'document.sop.provided': 'Provided on {date}',
  'document.sop.draft': 'Draft: not yet provided to the student.',
  'plan.withdraw.button.draft': 'Withdraw this draft',
  'plan.withdraw.button.proposed': 'Withdraw this proposal',
  'plan.withdraw.legend': 'Why is it withdrawn?',
  'plan.withdraw.hint': 'The plan stays in the record, never in effect. A new plan of this type can then be started.',
  'plan.withdraw.submit': 'Withdraw',
  'plan.withdraw.pending': 'Withdrawing…',
  'plan.withdraw.cancel': 'Cancel',
  'plan.withdraw.error': 'The plan could not be withdrawn.',
  'plan.withdraw.stale':
    'Someone changed this plan since you opened it. Reload the page, look at the change, and try again.',
  'plan.withdrawn.title': 'Withdrawn: this plan was never in effect',
  'plan.withdrawn.body': 'Withdrawn on {date} by {name}. Reason: {reason}',
  'plans.start.error.open':
    'This student already has an open {type} (a draft or a proposal). Finish or withdraw it before starting another.',
  'plans.start.openLink': 'Open the plan already started',
  'plan.finalize.replaced':
    'The plan this draft started from is no longer the one in effect, so finalizing it could undo someone else’s work. Withdraw this draft and start again from the plan now in effect.',
  'plan.finalize.stale':
    'Someone changed this plan since you opened it, so it was not finalized. Reload the page, look at the change, and try again.',
  'plan.finalize.currentLink': 'Open the plan now in effect',
} as const;
