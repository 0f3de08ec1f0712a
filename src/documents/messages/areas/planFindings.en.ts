/**
 * English messages of one area (planFindings): what a plan still needs, one message per finding code
 * (src/domain/plan-rules.ts PLAN_FINDING_RULES), worded from the finding's params — days as ICU dates, ages as
 * numbers, and the tense chosen by the screen from the response's `asOf` day (web/src/plan/findings.ts).
 * planFindings.es.ts must have the same keys (typed) and placeholders (messages.test.ts).
 */

/** Why an age rule applies: the student turned (past) or turns (today or later) the age, and when the plan ends. */
const TURNS =
  '{tense, select, past {The student turned {age} on {turnsOn, date, long}.} other {The student turns {age} on {turnsOn, date, long}, before this IEP ends ({endBasis, select, end_date {{planEnd, date, long}} other {about {planEnd, date, long}: no end date yet, so a year from its {endBasis, select, start_date {start} meeting_date {meeting} other {writing}}}}).}}';

export const planFindingsEn = {
  'plan.finding.turns': TURNS,
  'plan.finding.dates.meeting': 'Give the date of the meeting.',
  'plan.finding.dates.meeting_held':
    'The meeting that produced this plan was held on {heldOn, date, long}, but the plan gives {meetingDate, date, long} as its meeting date. Give the day the meeting was held: the annual review runs from it.',
  'plan.finding.dates.start': 'Give the projected date services begin.',
  'plan.finding.dates.end': 'Give the date this IEP ends (at most one year).',
  'plan.finding.dates.order':
    'The end date ({endDate, date, long}) is before the start date ({startDate, date, long}).',
  'plan.finding.dates.one_year':
    'An IEP is reviewed at least once a year: end it no later than {latestEnd, date, long}.',
  'plan.finding.dates.start_after_meeting':
    'Services cannot start ({startDate, date, long}) before the meeting that decides them ({meetingDate, date, long}).',
  'plan.finding.dates.annual_review':
    'The next annual review must be within one year of this meeting: no later than {latestReview, date, long}.',
  'plan.finding.dates.annual_review_missing': 'Set the date of the next annual review.',
  'plan.finding.present_levels.academic': 'Describe the present levels of academic achievement.',
  'plan.finding.present_levels.functional': 'Describe the present levels of functional performance.',
  'plan.finding.present_levels.impact':
    'Say how the disability affects the child’s involvement and progress in the general education curriculum.',
  'plan.finding.present_levels.strengths': 'The team must consider the child’s strengths.',
  'plan.finding.present_levels.parent_concerns':
    'The team must consider the parents’ concerns for enhancing their child’s education.',
  'plan.finding.special_factors.considered':
    'Record whether the team considered this factor ({factor}) and whether it is needed.',
  'plan.finding.special_factors.how': 'Say how this factor ({factor}) will be addressed.',
  'plan.finding.special_factors.expected':
    'The student’s record suggests this factor ({factor}) applies; confirm the team’s decision.',
  'plan.finding.goals.none': 'An IEP needs measurable annual goals.',
  'plan.finding.goals.text': 'Write the annual goal.',
  'plan.finding.goals.measurable': 'This goal is not measurable yet: it lacks {missing}. See the check beside it.',
  'plan.finding.goals.baseline': 'Give a baseline from the present levels, so progress can be measured against it.',
  'plan.finding.goals.measurement': 'Say how progress toward this goal will be measured.',
  'plan.finding.goals.objectives':
    'A student who takes the alternate assessment needs short-term objectives or benchmarks for each goal.',
  'plan.finding.progress_reporting.frequency': 'Say when periodic reports on progress will be provided to the parents.',
  'plan.finding.services.special_education':
    'An IEP states the special education (specially designed instruction) the child will receive.',
  'plan.finding.services.frequency_location_duration': 'Complete this service: {missing}.',
  'plan.finding.services.dates': 'The service ends ({endDate, date, long}) before it starts ({startDate, date, long}).',
  'plan.finding.services.before_plan':
    'The service starts on {startDate, date, long}, before the IEP does ({planStart, date, long}).',
  'plan.finding.services.after_plan':
    'The service continues to {endDate, date, long}, after the IEP ends ({planEnd, date, long}).',
  'plan.finding.assessments.participation': 'Say how the student takes this assessment.',
  'plan.finding.assessments.alternate_reason':
    'Say why the student cannot take the regular assessment and why the alternate is appropriate.',
  'plan.finding.accommodations.testing':
    'The student takes an assessment with accommodations: list the testing accommodations.',
  'plan.finding.placement.minutes':
    'Give the minutes in the regular class and the minutes of the school week (regular-class minutes cannot exceed the week).',
  'plan.finding.placement.non_participation':
    'Explain the extent, if any, to which the child will not participate with non-disabled children in the regular class.',
  'plan.finding.placement.extracurricular':
    'Say how the child will take part in extracurricular and nonacademic activities with non-disabled peers.',
  'plan.finding.esy.determination': 'Record whether extended school year services are needed.',
  'plan.finding.esy.services': 'Describe the extended school year services.',
  'plan.finding.transition.assessments':
    '{why} Postsecondary goals rest on age-appropriate transition assessments: list them.',
  'plan.finding.transition.education_goal': '{why} Write a measurable postsecondary goal for education or training.',
  'plan.finding.transition.employment_goal': '{why} Write a measurable postsecondary goal for employment.',
  'plan.finding.transition.independent_living':
    'Write an independent-living goal, or record that the team found one not appropriate.',
  'plan.finding.transition.services': '{why} List the transition services.',
  'plan.finding.transition.course_of_study': '{why} Describe the course of study.',
  'plan.finding.transition.agencies':
    'Note any agency likely to provide or pay for transition services that was invited (with consent).',
  'plan.finding.eligibility.developmental_delay_age':
    '{uses, select, no {{profile} does not use developmental delay as a category: reevaluate to determine whether the child has another disability.} other {{why} Developmental delay applies only through age {max} ({profile}): reevaluate to determine whether the child has another disability.}}',
  'plan.finding.age_of_majority.informed':
    '{why} State that the student has been told of the rights that transfer to them at {ageOfMajority}.',
  'plan.finding.504.impairment': 'Name the physical or mental impairment.',
  'plan.finding.504.major_life_activities': 'Name the major life activities the impairment substantially limits.',
  'plan.finding.504.accommodations': 'List the accommodations and services the student needs.',
  'plan.finding.504.accommodation_text': 'Describe the accommodation.',
  'plan.finding.504.responsible_staff': 'Name who is responsible for providing it.',
  'plan.finding.504.review_date': 'Set a date to review the plan (periodic reevaluation).',
  // What a service lacks (src/domain/plan-rules.ts SERVICE_PARTS), listed in services.frequency_location_duration.
  'plan.finding.part.service': 'the service',
  'plan.finding.part.minutes': 'minutes per session',
  'plan.finding.part.frequency': 'frequency',
  'plan.finding.part.location': 'location',
  'plan.finding.part.start_date': 'start date',
  'plan.finding.part.end_date': 'end date',
} as const satisfies Record<string, string>;
