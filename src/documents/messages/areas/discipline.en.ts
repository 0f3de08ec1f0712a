/** English messages of one area (discipline, 34 CFR 300.530–300.536). discipline.es.ts has the same keys (typed). */
export const disciplineEn = {
  // ---- the page ----
  'discipline.title': 'Discipline',
  'discipline.pageTitle': 'Discipline – {name}',
  'discipline.back': 'Back to {name}',
  'discipline.notFound': 'No discipline record to show',
  'discipline.error': 'The discipline record could not be loaded.',
  'discipline.intro.staff':
    'Removals for a violation of the code of student conduct, counted in school days on the school’s calendar as 34 CFR 300.530–300.536 count them. A removal that changes the placement needs the parents told that day, with the procedural safeguards notice, and a manifestation determination within 10 school days.',
  'discipline.intro.family':
    'Each time your child was removed from class, school or the bus for discipline this school year, counted in school days. After 10 school days in a school year your child must still receive services. A removal that changes the placement must be told to you the same day, and a meeting with you must decide within 10 school days whether the behavior was caused by the disability.',
  'discipline.intro.student':
    'Each time you were removed from class, school or the bus for discipline this school year, counted in school days. After 10 school days in a school year you must still receive services. A removal that changes your placement must be told to your family the same day, and a meeting must decide within 10 school days whether the behavior was caused by your disability.',
  'discipline.schoolYear': 'School year',
  'discipline.recordedBy': 'Recorded by {name}',
  'discipline.card.heading': 'Discipline',
  'discipline.card.body':
    'Removals counted in school days against 10, changes of placement, notices to the parents and manifestation determinations.',
  'discipline.card.open': 'Open the discipline record',

  // ---- the count ----
  'discipline.count.heading': 'School days of removal in {year}',
  'discipline.count.ofLimit': 'of {limit} school days',
  'discipline.count.meterLabel': 'School days of removal counted in {year}: {total} of {limit}',
  'discipline.count.text': '{total, plural, one {# school day} other {# school days}} of removal counted, of {limit}.',
  'discipline.count.toDate':
    '{toDate, plural, one {# so far} other {# so far}}; {ahead, plural, =0 {none still to come} one {# still to come} other {# still to come}}.',
  'discipline.count.services':
    'Past 10 school days: from {date} (day 11) services are required during every day of removal (34 CFR 300.530(b)(2), (d)).',
  'discipline.count.warning':
    'Day {warningDay} reached ({left, plural, =0 {day 10 reached} one {# school day before day 10} other {# school days before day 10}}): before another removal, plan the services from day 11 and consider whether the removals form a pattern.',
  'discipline.count.under': '{left, plural, one {# school day} other {# school days}} before day 10.',
  'discipline.count.estimated':
    'Some dates are beyond the school’s calendar: weekdays were counted as school days (estimated).',

  // ---- what to do next ----
  'discipline.next.heading': 'What to do next',
  'discipline.next.none': 'Nothing is due.',
  'discipline.next.record_pattern_determination':
    'Pattern determination needed: the removal from {firstDay} takes the year to day {day}. Determine whether the series of removals is a pattern.',
  'discipline.next.notify_parents':
    'Notify the parents of the decision of {decidedOn} and give them the procedural safeguards notice — due that day.',
  'discipline.next.notice_given_late':
    'The parents were notified on {notifiedOn}, after the decision of {decidedOn}: met late.',
  'discipline.next.hold_mdr':
    'Hold the manifestation determination by {due} (decision to change placement of {decidedOn}).',
  'discipline.next.mdr_held_late':
    'The manifestation determination was held on {heldOn}, after its due date: met late.',
  'discipline.next.record_mdr_outcome':
    'A manifestation determination meeting was held on {heldOn}: record both questions and the outcome.',
  'discipline.next.provide_services':
    'Provide services from day 11, {from}: {days, plural, one {# school day} other {# school days}} of removal need them.',
  'discipline.next.count_warning': '{total} of {limit} school days: plan before another removal.',
  'discipline.next.special_circumstances_over_limit':
    'An interim alternative educational setting of {days} school days: more than the {limit} that 34 CFR 300.530(g) allows.',
  'discipline.next.calendar_estimated': 'Some dates are beyond the school calendar; their school days are estimated.',
  'discipline.severity.overdue': 'Overdue',
  'discipline.severity.due': 'Due',
  'discipline.severity.late': 'Met late',
  'discipline.severity.todo': 'To do',
  'discipline.severity.info': 'Note',
  'discipline.action.pattern': 'Record the pattern determination',
  'discipline.action.patternAny': 'Record a pattern determination',
  'discipline.action.notice': 'Record the notice to the parents',
  'discipline.action.mdr': 'Record the manifestation determination',

  // ---- removals ----
  'discipline.removals.heading': 'Removals',
  'discipline.removals.none': 'No removals recorded in this school year.',
  'discipline.removals.record': 'Record a removal',
  'discipline.type.out_of_school_suspension': 'Out-of-school suspension',
  'discipline.type.in_school_suspension': 'In-school suspension',
  'discipline.type.bus_suspension': 'Bus suspension',
  'discipline.type.expulsion': 'Expulsion',
  'discipline.type.interim_alternative_setting':
    'Interim alternative educational setting (weapon, drugs, serious bodily injury)',
  'discipline.special.weapon': 'A weapon at school, on school premises or at a school function',
  'discipline.special.drugs': 'Illegal drugs, or selling or soliciting a controlled substance',
  'discipline.special.serious_bodily_injury': 'Serious bodily injury inflicted on another person',
  'discipline.removal.days': 'School days',
  'discipline.removal.daysValue': '{days, plural, one {# school day} other {# school days}}',
  'discipline.removal.returned':
    '{removed, plural, one {# day} other {# days}} removed: back in the placement on {date}',
  'discipline.removal.counts': 'Counts toward the 10 days',
  'discipline.removal.day': 'day {n} of the year',
  'discipline.removal.dayRange': 'days {first}–{last} of the year',
  'discipline.removal.services': 'Services required',
  'discipline.removal.servicesValue':
    'from {date} ({days, plural, one {# school day} other {# school days}}), decided by',
  'discipline.servicesBy.school_personnel_with_teacher':
    'school personnel with at least one of the student’s teachers (34 CFR 300.530(d)(4)).',
  'discipline.servicesBy.iep_team': 'the IEP team (34 CFR 300.530(d)(5)).',
  'discipline.removal.decidedOn': 'Decided on',
  'discipline.removal.specialCircumstance': 'Special circumstance (34 CFR 300.530(g))',
  'discipline.removal.finding': 'Finding',
  'discipline.removal.overLimit': 'Longer than the 45 school days 34 CFR 300.530(g) allows.',
  'discipline.removal.changeOfPlacement': 'Change of placement',
  'discipline.removal.behavior': 'Conduct',
  'discipline.reason.out_of_school_suspension': 'an out-of-school suspension is a removal.',
  'discipline.reason.legacy_read_as_suspension':
    'recorded before removals had a type; read as an out-of-school suspension.',
  'discipline.reason.in_school_not_afforded':
    'the student was not afforded all three: progress in the general curriculum, the IEP services, and time with non-disabled peers (71 Fed. Reg. 46715).',
  'discipline.reason.in_school_afforded':
    'the student kept progressing in the general curriculum, kept the IEP services and kept the time with non-disabled peers (71 Fed. Reg. 46715).',
  'discipline.reason.bus_transport_in_iep':
    'transportation is in the IEP and no other transportation was provided (71 Fed. Reg. 46715).',
  'discipline.reason.bus_not_in_iep':
    'transportation is not in the IEP: the family gets the student to school, as for any student.',
  'discipline.reason.bus_other_transport': 'the school provided other transportation.',
  'discipline.reason.expulsion': 'an expulsion is a removal and a change of placement.',
  'discipline.reason.special_circumstances': 'a 34 CFR 300.530(g) setting is a removal and a change of placement.',
  'discipline.void': 'Void',
  'discipline.void.title': 'Void: {what}',
  'discipline.void.reason': 'Why is it voided?',
  'discipline.void.hint': 'Nothing is deleted: the record stays visible, struck through, with your reason.',
  'discipline.voided.heading': 'Voided records',
  'discipline.voided.by': 'voided by {name}: {reason}',

  // ---- changes of placement ----
  'discipline.decisions.heading': 'Changes of placement',
  'discipline.decisions.none': 'No change of placement this school year, so no manifestation determination is due.',
  'discipline.basis.consecutive':
    'More than 10 consecutive school days of removal (back-to-back removals count together).',
  'discipline.basis.expulsion': 'An expulsion.',
  'discipline.basis.special_circumstances':
    'A removal to an interim alternative educational setting for a weapon, drugs or serious bodily injury.',
  'discipline.basis.pattern': 'A series of removals the district determined to be a pattern.',
  'discipline.decision.title': 'Decision of {date}',
  'discipline.decision.notice': 'Parents notified, with the safeguards notice (34 CFR 300.530(h))',
  'discipline.decision.noticeValue': 'due {due}; notified {date} ({method}).',
  'discipline.decision.noticeMissing': 'due {due}; not recorded.',
  'discipline.decision.noticeWithoutSafeguards': 'Told on {date} without the procedural safeguards notice.',
  'discipline.decision.mdr': 'Manifestation determination (34 CFR 300.530(e))',
  'discipline.decision.mdrDue': 'due {due}.',
  'discipline.decision.mdrHeld': 'due {due}; held {date}.',
  'discipline.method.in_person': 'in person',
  'discipline.method.phone': 'by phone',
  'discipline.method.letter': 'by letter',
  'discipline.method.email': 'by email',
  'discipline.method.portal': 'in the family portal',
  'discipline.mdr.q1':
    'Was the conduct caused by, or did it have a direct and substantial relationship to, the child’s disability?',
  'discipline.mdr.q2': 'Was the conduct the direct result of the district’s failure to implement the IEP?',
  'discipline.mdr.outcome': 'Outcome',
  'discipline.mdr.manifestation': 'The conduct was a manifestation of the disability.',
  'discipline.mdr.notManifestation': 'The conduct was not a manifestation of the disability.',
  'discipline.mdr.notRecorded': 'Not recorded',
  'discipline.mdr.services': 'Services during the removal',
  'discipline.mdr.participants': 'Who took part',
  'discipline.mdr.returnedOn': 'back in the placement on {date}',
  'discipline.consequence.fba_bip':
    'A functional behavioral assessment and a behavioral intervention plan, or a review of the plan the child has (34 CFR 300.530(f)(1)).',
  'discipline.consequence.return_to_placement':
    'The child returns to the placement from which removed, unless the parent and the district agree otherwise (34 CFR 300.530(f)(2)).',
  'discipline.consequence.special_circumstances_setting_continues':
    'The interim alternative educational setting continues, up to 45 school days (34 CFR 300.530(g)).',
  'discipline.consequence.discipline_proceeds_with_services':
    'The discipline proceeds as for children without disabilities, with services during the removal (34 CFR 300.530(c), (d)).',
  'discipline.consequence.remedy_deficiencies':
    'The district takes immediate steps to remedy its failure to implement the IEP (34 CFR 300.530(e)(3)).',
  'discipline.behaviorPlan.fba_and_bip':
    'Conduct a functional behavioral assessment and put a behavioral intervention plan in place',
  'discipline.behaviorPlan.review_bip': 'Review the existing behavioral intervention plan and change it as needed',
  'discipline.placement.return': 'Return to the placement from which removed',
  'discipline.placement.agreed_change': 'A change of placement the parent and the district agreed to',
  'discipline.placement.special_circumstances_setting': 'Stay in the interim alternative setting (34 CFR 300.530(g))',

  // ---- pattern determinations ----
  'discipline.determinations.heading': 'Pattern determinations',
  'discipline.determination.title': 'Determined on {date} by {who}',
  'discipline.determination.pattern': 'The removals are a pattern: a change of placement (34 CFR 300.536(a)(2)).',
  'discipline.determination.noPattern': 'The removals are not a pattern.',
  'discipline.determination.removals': 'Removals considered',
  'discipline.determination.removalsValue': '{count, plural, one {# removal} other {# removals}}',

  // ---- forms ----
  'discipline.form.save': 'Save',
  'discipline.form.saving': 'Saving…',
  'discipline.form.cancel': 'Cancel',
  'discipline.form.choose': 'Choose…',
  'discipline.form.note': 'Note (optional)',
  'discipline.form.error.fix': 'Check the fields marked below.',
  'discipline.form.error.required': 'Required.',
  'discipline.form.error.invalid': 'Not valid: check this field.',
  'discipline.form.error.schoolDays': 'A whole number of school days, 1 or more.',
  'discipline.form.error.notAllowed': 'You may not record this for this student.',
  'discipline.saved.removal': 'The removal is recorded.',
  'discipline.saved.pattern': 'The pattern determination is recorded.',
  'discipline.saved.notice': 'The notice to the parents is recorded.',
  'discipline.saved.mdr': 'The manifestation determination is recorded.',
  'discipline.saved.void': 'The record is voided.',
  'discipline.form.removal.title': 'Record a removal',
  'discipline.form.removal.type': 'Type of removal',
  'discipline.form.removal.typeHint': 'Whether in-school and bus suspensions count depends on the facts asked next.',
  'discipline.form.removal.firstDay': 'First day',
  'discipline.form.removal.decidedOn': 'Decided on (optional)',
  'discipline.form.removal.decidedOnHint': 'The day the school decided on the removal; if empty, its first day.',
  'discipline.form.removal.length': 'How long',
  'discipline.form.removal.byDays': 'A number of school days',
  'discipline.form.removal.byDate': 'Until a last day',
  'discipline.form.removal.lengthHint':
    'Whole school days, first and last day included; a day the student was removed for part of counts as a day.',
  'discipline.form.removal.schoolDays': 'Number of school days',
  'discipline.form.removal.lastDay': 'Last day',
  'discipline.form.removal.behavior': 'What happened (the conduct)',
  'discipline.form.removal.behaviorHint': 'A later pattern determination compares the behavior of each incident.',
  'discipline.form.removal.withNotice':
    'The parents were notified of this decision and given the procedural safeguards notice (record it now)',
  'discipline.form.iss.legend': 'During the in-school suspension, the student was afforded the chance to:',
  'discipline.form.iss.hint':
    'Leave unchecked what was not afforded: then the days count as removal (71 Fed. Reg. 46715).',
  'discipline.form.iss.generalCurriculum': 'continue to progress appropriately in the general curriculum',
  'discipline.form.iss.iepServices': 'continue to receive the services in the IEP',
  'discipline.form.iss.nondisabledPeers': 'continue to participate with non-disabled peers as in the current placement',
  'discipline.form.bus.inIep': 'Is transportation a related service in the IEP?',
  'discipline.form.bus.hint':
    'A bus suspension counts only when transportation is in the IEP and no other transportation is provided (71 Fed. Reg. 46715).',
  'discipline.form.bus.other': 'Did the school provide other transportation during the suspension?',
  'discipline.form.special': 'Special circumstance (34 CFR 300.530(g))',
  'discipline.form.specialHint':
    'School personnel may remove the student for up to 45 school days whether or not the behavior is a manifestation; it is still a change of placement.',
  'discipline.form.notice.title': 'Record the notice to the parents',
  'discipline.form.notice.legend': 'The notice to the parents (34 CFR 300.530(h))',
  'discipline.form.notice.notifiedOn': 'Notified on',
  'discipline.form.notice.notifiedOnHint': 'Due the day of the decision; a later day is recorded as met late.',
  'discipline.form.notice.method': 'How',
  'discipline.form.notice.safeguards': 'The procedural safeguards notice was given with it',
  'discipline.form.pattern.title': 'Is this series of removals a pattern?',
  'discipline.form.pattern.intro':
    'The district decides case by case (34 CFR 300.536(b)(1)). A pattern needs removals totalling more than 10 school days in the year, behavior substantially similar to the previous incidents, and the other factors: the length of each removal, the total time removed and how close together they were. A pattern is a change of placement.',
  'discipline.form.pattern.decidedOn': 'Determined on',
  'discipline.form.pattern.removals': 'Removals considered',
  'discipline.form.pattern.removalOption': '{type}, {dates} ({days, plural, one {# school day} other {# school days}})',
  'discipline.form.pattern.similar': 'Is the behavior substantially similar to the behavior in the previous incidents?',
  'discipline.form.pattern.similarHint': '34 CFR 300.536(a)(2)(ii)',
  'discipline.form.pattern.length': 'Length of each removal',
  'discipline.form.pattern.total': 'Total time removed',
  'discipline.form.pattern.proximity': 'How close together the removals were',
  'discipline.form.pattern.lengthDraft': 'School days of each removal: {lengths}.',
  'discipline.form.pattern.totalDraft':
    '{total, plural, one {# school day} other {# school days}} counted in the removals considered.',
  'discipline.form.pattern.proximityDraft': 'From {first} to {last}.',
  'discipline.form.pattern.determinedBy': 'Determined by',
  'discipline.form.pattern.determinedByHint': 'Names and roles of who decided.',
  'discipline.form.pattern.isPattern': 'Do the removals form a pattern (a change of placement)?',
  'discipline.form.pattern.isPatternHint':
    'Yes starts the manifestation determination clock today and needs the notice to the parents today.',
  'discipline.form.mdr.title': 'Record the manifestation determination',
  'discipline.form.mdr.heldOn': 'Held on',
  'discipline.form.mdr.thenManifestation': 'What follows is recorded below.',
  'discipline.form.mdr.thenNot':
    'The discipline proceeds as for children without disabilities, with services (34 CFR 300.530(c), (d)).',
  'discipline.form.mdr.behaviorPlan': 'Behavior plan (34 CFR 300.530(f)(1))',
  'discipline.form.mdr.placement': 'Placement (34 CFR 300.530(f)(2))',
  'discipline.form.mdr.returnedOn': 'Back in the placement on (optional)',
  'discipline.form.mdr.returnedOnHint': 'The days of removal end the day before.',
  'discipline.form.mdr.remedySteps': 'Steps to remedy the failure to implement the IEP',
  'discipline.form.mdr.remedyHint': 'Required: the district takes immediate steps (34 CFR 300.530(e)(3)).',
  'discipline.form.mdr.services': 'Services during the removal (optional)',
  'discipline.form.mdr.servicesHint':
    'Decided by the IEP team, so the child keeps participating in the general curriculum and progressing toward the IEP goals (34 CFR 300.530(d)(1), (d)(5)).',
  'discipline.form.mdr.servicesHintManifestation': 'Anything else the team decided (optional).',
  'discipline.form.mdr.participants': 'Who took part (optional)',
  'discipline.form.mdr.participantsHint':
    'The district, the parent and relevant members of the IEP team (34 CFR 300.530(e)(1)).',

  // ---- in-app notifications to the case manager ----
  'discipline.notify.warning':
    '{student} has {days, plural, one {# school day} other {# school days}} of removal in the {year} school year. From day 11 services are required, and another removal may be a pattern: plan with the team now.',
  'discipline.notify.pastTen':
    '{student} has passed 10 school days of removal in the {year} school year ({days} days). Services are required from {from, date, long}; determine whether the removals are a pattern.',
};
