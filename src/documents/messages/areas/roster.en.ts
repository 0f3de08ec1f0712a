/** English messages of one area (roster import). Keys are flat and dotted; roster.es.ts must have the same keys (typed). */
export const rosterEn = {
  // Audit events
  'audit.roster.import': 'Imported or updated from the district roster (OneRoster)',
};
