/**
 * Findings on a plan as it is written: each rule cites its paragraph. Errors block finalizing; warnings
 * advise. Pure: the student's facts, the state profile and the plan's dates are arguments.
 */
import { addDays, ageOn, birthdayOf, daysBetween, type IsoDate } from './dates';
import { checkGoal } from './goals';
import { environmentCode } from './placement';
import type { IepContent, PlanDates, Section504Content, SpecialFactorKey } from './plan';
import type { StateProfile } from './state-profiles';

export type Severity = 'error' | 'warning';
export interface Finding {
  rule: string;
  citation: string;
  severity: Severity;
  /** JSON path into the plan, e.g. 'goals[2].text'. */
  path: string;
  message: string;
}

export interface StudentFactsForPlan {
  dateOfBirth: IsoDate;
  englishLearner: boolean;
  primaryDisability: string | null;
  secondaryDisability: string | null;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * Transition content is required in the IEP in effect when the student turns the profile's transition age
 * (16 federally, 300.320(b)): that is, when the student reaches that age on or before the plan's end date.
 */
export function transitionRequired(dateOfBirth: IsoDate, planEnd: IsoDate, profile: Pick<StateProfile, 'transitionAge'>): boolean {
  return ageOn(dateOfBirth, planEnd) >= profile.transitionAge;
}

/**
 * The statement that the student has been told of the transfer of rights is required beginning not later than
 * one year before the age of majority (300.320(c)): when the student is (age of majority − 1) by the plan's end.
 */
export function ageOfMajorityStatementRequired(dateOfBirth: IsoDate, planEnd: IsoDate, profile: Pick<StateProfile, 'ageOfMajority'>): boolean {
  return ageOn(dateOfBirth, planEnd) >= profile.ageOfMajority - 1;
}

/** An IEP runs for at most one year: its end is no later than the day before the anniversary of its start (300.324(b)(1)(i)). */
export function latestEndDate(start: IsoDate): IsoDate {
  const [y, m, d] = [Number(start.slice(0, 4)), start.slice(5, 7), start.slice(8, 10)];
  const anniversary = m === '02' && d === '29' ? `${y + 1}-03-01` : `${y + 1}-${m}-${d}`;
  return addDays(anniversary, -1);
}

function datesFindings(dates: PlanDates, out: Finding[]): void {
  const { meetingDate, startDate, endDate, nextAnnualReview } = dates;
  if (!meetingDate) out.push(err('dates.meeting', '34 CFR 300.324(a)', 'dates.meetingDate', 'Give the date of the IEP meeting.'));
  if (!startDate) out.push(err('dates.start', '34 CFR 300.320(a)(7)', 'dates.startDate', 'Give the projected date services begin.'));
  if (!endDate) out.push(err('dates.end', '34 CFR 300.324(b)(1)(i)', 'dates.endDate', 'Give the date this IEP ends (at most one year).'));
  if (startDate && endDate) {
    if (endDate < startDate) out.push(err('dates.order', '34 CFR 300.324(b)(1)(i)', 'dates.endDate', 'The end date is before the start date.'));
    else if (endDate > latestEndDate(startDate))
      out.push(err('dates.one_year', '34 CFR 300.324(b)(1)(i)', 'dates.endDate', `An IEP is reviewed at least once a year: end it no later than ${latestEndDate(startDate)}.`));
  }
  if (meetingDate && startDate && startDate < meetingDate)
    out.push(err('dates.start_after_meeting', '34 CFR 300.323(c)', 'dates.startDate', 'Services cannot start before the meeting that decides them.'));
  if (meetingDate && nextAnnualReview && daysBetween(meetingDate, nextAnnualReview) > daysBetween(meetingDate, latestEndDate(meetingDate)) + 1)
    out.push(err('dates.annual_review', '34 CFR 300.324(b)(1)(i)', 'dates.nextAnnualReview', 'The next annual review must be within one year of this meeting.'));
  if (!nextAnnualReview) out.push(warn('dates.annual_review_missing', '34 CFR 300.324(b)(1)(i)', 'dates.nextAnnualReview', 'Set the date of the next annual review.'));
}

function err(rule: string, citation: string, path: string, message: string): Finding {
  return { rule, citation, severity: 'error', path, message };
}
function warn(rule: string, citation: string, path: string, message: string): Finding {
  return { rule, citation, severity: 'warning', path, message };
}

const FACTOR_LABEL: Record<SpecialFactorKey, string> = {
  behavior: 'behaviour that impedes learning',
  limitedEnglish: 'limited English proficiency',
  braille: 'Braille for a student who is blind or visually impaired',
  communication: 'communication needs (and, for a deaf or hard-of-hearing student, language and communication mode)',
  assistiveTechnology: 'assistive technology devices and services',
};
const FACTOR_CITATION: Record<SpecialFactorKey, string> = {
  behavior: '34 CFR 300.324(a)(2)(i)',
  limitedEnglish: '34 CFR 300.324(a)(2)(ii)',
  braille: '34 CFR 300.324(a)(2)(iii)',
  communication: '34 CFR 300.324(a)(2)(iv)',
  assistiveTechnology: '34 CFR 300.324(a)(2)(v)',
};

export interface IepFindingsInput {
  content: IepContent;
  dates: PlanDates;
  student: StudentFactsForPlan;
  profile: StateProfile;
}

export function iepFindings({ content: c, dates, student, profile }: IepFindingsInput): Finding[] {
  const out: Finding[] = [];
  datesFindings(dates, out);

  // Present levels (300.320(a)(1); 300.324(a)(1)).
  const pl = c.presentLevels;
  if (blank(pl.academic)) out.push(err('present_levels.academic', '34 CFR 300.320(a)(1)', 'presentLevels.academic', 'Describe the present levels of academic achievement.'));
  if (blank(pl.functional)) out.push(err('present_levels.functional', '34 CFR 300.320(a)(1)', 'presentLevels.functional', 'Describe the present levels of functional performance.'));
  if (blank(pl.impactOnGeneralCurriculum))
    out.push(err('present_levels.impact', '34 CFR 300.320(a)(1)(i)', 'presentLevels.impactOnGeneralCurriculum', "Say how the disability affects the child's involvement and progress in the general education curriculum."));
  if (blank(pl.strengths)) out.push(warn('present_levels.strengths', '34 CFR 300.324(a)(1)(i)', 'presentLevels.strengths', "The team must consider the child's strengths."));
  if (blank(pl.parentConcerns)) out.push(warn('present_levels.parent_concerns', '34 CFR 300.324(a)(1)(ii)', 'presentLevels.parentConcerns', "The team must consider the parents' concerns for enhancing their child's education."));

  // Special factors (300.324(a)(2)).
  const factorRequiredYes: Partial<Record<SpecialFactorKey, boolean>> = {
    limitedEnglish: student.englishLearner,
    braille: student.primaryDisability === 'visual_impairment' || student.secondaryDisability === 'visual_impairment' || student.primaryDisability === 'deaf_blindness',
    communication: ['deafness', 'hearing_impairment', 'deaf_blindness', 'speech_language_impairment'].includes(student.primaryDisability ?? ''),
  };
  for (const key of Object.keys(FACTOR_LABEL) as SpecialFactorKey[]) {
    const f = c.specialFactors[key];
    const path = `specialFactors.${key}`;
    if (f.needed === null) out.push(err(`special_factors.${key}.considered`, FACTOR_CITATION[key], `${path}.needed`, `Record whether the team considered ${FACTOR_LABEL[key]} and whether it is needed.`));
    else if (f.needed && blank(f.howAddressed)) out.push(err(`special_factors.${key}.how`, FACTOR_CITATION[key], `${path}.howAddressed`, `Say how ${FACTOR_LABEL[key]} will be addressed.`));
    if (factorRequiredYes[key] && f.needed === false)
      out.push(warn(`special_factors.${key}.expected`, FACTOR_CITATION[key], `${path}.needed`, `The student's record suggests ${FACTOR_LABEL[key]} applies; confirm the team's decision.`));
  }

  // Goals (300.320(a)(2), (a)(3)).
  const alternate = c.assessments.some((a) => a.participation === 'alternate');
  if (c.goals.length === 0) out.push(err('goals.none', '34 CFR 300.320(a)(2)(i)', 'goals', 'An IEP needs measurable annual goals.'));
  c.goals.forEach((g, i) => {
    const p = `goals[${i}]`;
    if (blank(g.text)) out.push(err('goals.text', '34 CFR 300.320(a)(2)(i)', `${p}.text`, 'Write the annual goal.'));
    else {
      const check = checkGoal(g.text);
      if (!check.measurable)
        out.push(err('goals.measurable', '34 CFR 300.320(a)(2)(i)', `${p}.text`, `This goal is not measurable yet: missing ${check.missing.join(', ')}.${check.vagueVerbs.length ? ` "${check.vagueVerbs.join('", "')}" cannot be observed.` : ''}`));
    }
    if (blank(g.baseline)) out.push(warn('goals.baseline', '34 CFR 300.320(a)(1)', `${p}.baseline`, 'Give a baseline from the present levels, so progress can be measured against it.'));
    if (blank(g.measurement)) out.push(err('goals.measurement', '34 CFR 300.320(a)(3)(i)', `${p}.measurement`, 'Say how progress toward this goal will be measured.'));
    if (alternate && g.objectives.filter((o) => !blank(o.text)).length === 0)
      out.push(err('goals.objectives', '34 CFR 300.320(a)(2)(ii)', `${p}.objectives`, 'A student who takes the alternate assessment needs short-term objectives or benchmarks for each goal.'));
  });
  if (blank(c.progressReporting.frequency))
    out.push(err('progress_reporting.frequency', '34 CFR 300.320(a)(3)(ii)', 'progressReporting.frequency', 'Say when periodic reports on progress will be provided to the parents.'));

  // Services (300.320(a)(4), (a)(7)).
  if (!c.services.some((s) => s.kind === 'special_education'))
    out.push(err('services.special_education', '34 CFR 300.320(a)(4)', 'services', 'An IEP states the special education (specially designed instruction) the child will receive.'));
  c.services.forEach((s, i) => {
    const p = `services[${i}]`;
    const missing: string[] = [];
    if (!s.minutesPerSession || s.minutesPerSession <= 0) missing.push('minutes per session');
    if (!s.sessions || s.sessions <= 0 || !s.per) missing.push('frequency');
    if (!s.location || (s.location === 'other' && blank(s.locationDetail))) missing.push('location');
    if (!s.startDate) missing.push('start date');
    if (!s.endDate) missing.push('duration (end date)');
    if (blank(s.service)) missing.push('the service');
    if (missing.length) out.push(err('services.frequency_location_duration', '34 CFR 300.320(a)(7)', p, `This service needs ${missing.join(', ')}.`));
    if (s.startDate && s.endDate && s.endDate < s.startDate) out.push(err('services.dates', '34 CFR 300.320(a)(7)', `${p}.endDate`, 'The service ends before it starts.'));
    if (s.startDate && dates.startDate && s.startDate < dates.startDate) out.push(warn('services.before_plan', '34 CFR 300.320(a)(7)', `${p}.startDate`, 'The service starts before the IEP does.'));
    if (s.endDate && dates.endDate && s.endDate > dates.endDate) out.push(warn('services.after_plan', '34 CFR 300.320(a)(7)', `${p}.endDate`, 'The service continues after the IEP ends.'));
  });

  // Assessments (300.320(a)(6)).
  c.assessments.forEach((a, i) => {
    const p = `assessments[${i}]`;
    if (!a.participation) out.push(err('assessments.participation', '34 CFR 300.320(a)(6)(i)', `${p}.participation`, 'Say how the student takes this assessment.'));
    if (a.participation === 'alternate' && blank(a.alternateReason))
      out.push(err('assessments.alternate_reason', '34 CFR 300.320(a)(6)(ii)', `${p}.alternateReason`, 'Say why the student cannot take the regular assessment and why the alternate is appropriate.'));
  });
  if (c.assessments.some((a) => a.participation === 'regular_with_accommodations') && !c.accommodations.some((a) => a.kind !== 'classroom'))
    out.push(err('accommodations.testing', '34 CFR 300.320(a)(6)(i)', 'accommodations', 'The student takes an assessment with accommodations: list the testing accommodations.'));

  // Placement and least restrictive environment (300.320(a)(5), 300.114).
  const pm = c.placement;
  if (pm.setting === 'regular_school') {
    if (pm.regularClassMinutesPerWeek === null || pm.schoolMinutesPerWeek === null || environmentCode(pm.setting, pm.regularClassMinutesPerWeek, pm.schoolMinutesPerWeek) === null)
      out.push(err('placement.minutes', '34 CFR 300.320(a)(5)', 'placement', 'Give the minutes in the regular class and the minutes of the school week (regular-class minutes cannot exceed the week).'));
  }
  const removed = pm.setting !== 'regular_school' || (pm.regularClassMinutesPerWeek !== null && pm.schoolMinutesPerWeek !== null && pm.regularClassMinutesPerWeek < pm.schoolMinutesPerWeek);
  if (removed && blank(pm.nonParticipationExplanation))
    out.push(err('placement.non_participation', '34 CFR 300.320(a)(5)', 'placement.nonParticipationExplanation', 'Explain the extent, if any, to which the child will not participate with non-disabled children in the regular class.'));
  if (blank(pm.extracurricular))
    out.push(warn('placement.extracurricular', '34 CFR 300.117', 'placement.extracurricular', 'Say how the child will take part in extracurricular and nonacademic activities with non-disabled peers.'));

  if (c.esy.determination === null) out.push(warn('esy.determination', '34 CFR 300.106', 'esy.determination', 'Record whether extended school year services are needed.'));
  if (c.esy.determination === 'needed' && blank(c.esy.services)) out.push(err('esy.services', '34 CFR 300.106', 'esy.services', 'Describe the extended school year services.'));

  // Transition (300.320(b)) and transfer of rights (300.320(c)).
  if (dates.endDate && transitionRequired(student.dateOfBirth, dates.endDate, profile)) {
    const t = c.transition;
    const turns = birthdayOf(student.dateOfBirth, profile.transitionAge);
    const why = `The student turns ${profile.transitionAge} on ${turns}, while this IEP is in effect or before.`;
    if (blank(t.assessments)) out.push(err('transition.assessments', '34 CFR 300.320(b)(1)', 'transition.assessments', `${why} Postsecondary goals rest on age-appropriate transition assessments: list them.`));
    if (blank(t.educationTrainingGoal)) out.push(err('transition.education_goal', '34 CFR 300.320(b)(1)', 'transition.educationTrainingGoal', `${why} Write a measurable postsecondary goal for education or training.`));
    if (blank(t.employmentGoal)) out.push(err('transition.employment_goal', '34 CFR 300.320(b)(1)', 'transition.employmentGoal', `${why} Write a measurable postsecondary goal for employment.`));
    if (blank(t.independentLivingGoal) && !t.independentLivingNotAppropriate)
      out.push(warn('transition.independent_living', '34 CFR 300.320(b)(1)', 'transition.independentLivingGoal', 'Write an independent-living goal, or record that the team found one not appropriate.'));
    if (blank(t.services)) out.push(err('transition.services', '34 CFR 300.320(b)(2)', 'transition.services', `${why} List the transition services.`));
    if (blank(t.courseOfStudy)) out.push(err('transition.course_of_study', '34 CFR 300.320(b)(2)', 'transition.courseOfStudy', `${why} Describe the course of study.`));
    if (blank(t.agenciesInvited)) out.push(warn('transition.agencies', '34 CFR 300.321(b)(3)', 'transition.agenciesInvited', 'Note any agency likely to provide or pay for transition services that was invited (with consent).'));
  }
  if (dates.endDate && ageOfMajorityStatementRequired(student.dateOfBirth, dates.endDate, profile) && !c.ageOfMajority.informed)
    out.push(err('age_of_majority.informed', '34 CFR 300.320(c)', 'ageOfMajority.informed', `The student reaches ${profile.ageOfMajority - 1} while this IEP is in effect: state that they have been told of the rights that transfer at ${profile.ageOfMajority}.`));

  return out;
}

export function plan504Findings(c: Section504Content, dates: PlanDates): Finding[] {
  const out: Finding[] = [];
  if (blank(c.impairment)) out.push(err('504.impairment', '34 CFR 104.3(j)(1)', 'impairment', 'Name the physical or mental impairment.'));
  if (c.majorLifeActivities.filter((a) => !blank(a)).length === 0)
    out.push(err('504.major_life_activities', '34 CFR 104.3(j)(2)(ii)', 'majorLifeActivities', 'Name the major life activities the impairment substantially limits.'));
  if (c.accommodations.length === 0) out.push(err('504.accommodations', '34 CFR 104.33(b)', 'accommodations', 'List the accommodations and services the student needs.'));
  c.accommodations.forEach((a, i) => {
    if (blank(a.description)) out.push(err('504.accommodation_text', '34 CFR 104.33(b)', `accommodations[${i}].description`, 'Describe the accommodation.'));
    if (blank(a.responsibleStaff)) out.push(warn('504.responsible_staff', '34 CFR 104.33(b)', `accommodations[${i}].responsibleStaff`, 'Name who is responsible for providing it.'));
  });
  if (!dates.meetingDate) out.push(err('dates.meeting', '34 CFR 104.35(c)', 'dates.meetingDate', 'Give the date of the meeting that decided this plan.'));
  if (!c.reviewDate) out.push(warn('504.review_date', '34 CFR 104.35(d)', 'reviewDate', 'Set a date to review the plan (periodic reevaluation).'));
  return out;
}
