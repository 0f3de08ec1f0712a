/** English messages: federal reports (IDEA Section 618 child count and educational environments, SPP/APR indicators). */
export const reportsEn = {
  'audit.report.read': 'Produced a federal report',
  'reports.title': 'Federal reports (CSV)',
  'reports.intro':
    'IDEA Section 618 counts for the whole district and the SPP/APR indicators. The 618 files are counts only; the indicator files list each child by local student id (never by name), and each listing is recorded in the student’s access log.',
  'reports.date': 'Count date',
  'reports.dateHint': 'Usually the first Thursday in October (from October 1 to December 1).',
  'reports.childCount': 'Child count by disability, age, race and ethnicity, sex and English learner status',
  'reports.environments': 'Educational environments by disability',
  'reports.spp': 'SPP/APR indicators 5, 11, 12 and 13 (summary)',
  'reports.onCountDate': 'On the count date',
  'reports.forYear': 'For a reporting year',
  'reports.schoolYear': 'Reporting year (July 1 to June 30)',
  'reports.schoolYearOption': '{start} to {end}',
  'reports.schoolYearHint': 'The federal reporting year. Indicators 11 and 12 and the exiting report are made for one.',
  'reports.indicator5': 'Indicator 5 (least restrictive environment), child by child',
  'reports.indicator13': 'Indicator 13 (transition), child by child, as of today',
  'reports.indicator11': 'Indicator 11 (evaluations on time), child by child',
  'reports.indicator12': 'Indicator 12 (IEP by age 3 for children from Part C), child by child',
  'reports.exiting': 'Exiting special education, ages 14 to 21 (EDFacts FS009)',
};
