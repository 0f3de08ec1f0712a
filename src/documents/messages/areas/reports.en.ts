/** English messages: federal reports (IDEA Section 618 child count and educational environments, SPP/APR indicators). */
export const reportsEn = {
  'audit.report.read': 'Produced a federal report',
  'reports.title': 'Federal reports (CSV)',
  'reports.intro': 'IDEA Section 618 counts for the whole district, as of the count date, and the SPP/APR indicators. Counts only; no student is named.',
  'reports.date': 'Count date',
  'reports.dateHint': 'Usually the first Thursday in October (from October 1 to December 1).',
  'reports.childCount': 'Child count by disability, age, race and ethnicity, sex and English learner status',
  'reports.environments': 'Educational environments by disability',
  'reports.spp': 'SPP/APR indicators 5, 11, 12 and 13',
};
