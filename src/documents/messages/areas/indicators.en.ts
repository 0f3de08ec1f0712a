/** English messages: the SPP/APR indicators measured child by child (compliance page cards) and the Part C date. */
export const indicatorsEn = {
  'audit.report.student_listed': 'Listed in an indicator report (local student id)',
  'case.delay.parent_chose_part_c_past_age_three':
    'The parents chose to continue early intervention past age three (state option)',
  'case.record.partCEligibleOn': 'Found eligible for early intervention (Part C) on (optional)',
  'case.record.partCEligibleOnHint':
    'A child found eligible for Part C fewer than 90 days before turning three is left out of indicator 12.',
  'case.record.error.partCAfterReferral':
    'The child is found eligible for Part C before being referred on: the date cannot be after the referral.',
  'indicators.schoolYear': 'Reporting year {start} to {end}, to date',
  'indicators.asOfToday': 'As of today',
  'indicators.pending':
    '{count, plural, one {# child is} other {# children are}} still within the timeline: listed, not counted yet.',
  'indicators.excluded.title': 'Left out of the count',
  'indicators.excluded.none': 'No child was left out.',
  'indicators.excluded.item': '{count, plural, one {# child} other {# children}}: {reason}',
  'indicators.download': 'Indicator {number}: each child counted or left out (CSV)',
  'indicators.reason.consent_revoked': 'consent to evaluate revoked before the evaluation',
  'indicators.reason.not_eligible_before_third_birthday': 'found not eligible before the third birthday (b)',
  'indicators.reason.part_c_eligible_less_than_90_days':
    'found eligible for Part C fewer than 90 days before the third birthday (e)',
  'indicators.reason.not_eligible_on_or_after_third_birthday': 'found not eligible on or after the third birthday',
  'indicators.reason.parent_refused_consent_evaluation': 'the parent refused consent to evaluate (d)',
  'indicators.reason.parent_refused_consent_initial_services': 'the parent refused consent to initial services (d)',
  'indicators.reason.parent_consent_to_services_after_third_birthday':
    'the IEP was ready by the third birthday; the parent consented to services after it (d)',
  'indicators.reason.none_recorded': 'no reason recorded',
};
