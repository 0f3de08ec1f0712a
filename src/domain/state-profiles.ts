/**
 * State profiles: the numbers that differ by state, as data. Code asks the profile; it never tests a state name.
 * `federal` is the IDEA floor; a state profile overrides what its law sets.
 */
export interface StateProfile {
  code: string;
  name: string;
  /**
   * Initial evaluation timeline from consent (34 CFR 300.301(c)(1)): calendar days, school days, or calendar days
   * not counting breaks between sessions or vacations longer than `excludeBreaksOverSchoolDays` school days.
   */
  evaluationTimeline: { days: number; counting: 'calendar' | 'school' | 'calendar_excluding_breaks'; excludeBreaksOverSchoolDays?: number };
  /** How early parents are told of an IEP meeting (300.322(a)(1) says "early enough"; states set a number). */
  meetingNotice: { days: number; counting: 'calendar' | 'school' };
  /** Age by which the IEP in effect must contain transition content (300.320(b)). */
  transitionAge: number;
  /** Age at which rights transfer to the student (300.520); notice one year before (300.320(c)). */
  ageOfMajority: number;
  /** Ages in which developmental delay may be used (300.8(b)), or null when the state does not use it. */
  developmentalDelayAges: { min: number; max: number } | null;
  /** Age from which a student may sign in to the family portal. */
  studentPortalAge: number;
  /**
   * Whether the state lets parents choose to continue Part C early intervention services past the child's third
   * birthday (34 CFR 303.211, 20 U.S.C. 1435(c): a state option). Only where it does may SPP/APR indicator 12 leave
   * out children whose parents chose it (measurement (f): "34 CFR §303.211 or a similar State option").
   */
  partCServicesPastAgeThree: { offered: boolean; citation: string };
}

export const STATE_PROFILES = {
  federal: {
    code: 'federal',
    name: 'Federal (IDEA minimums)',
    evaluationTimeline: { days: 60, counting: 'calendar' },
    meetingNotice: { days: 10, counting: 'calendar' },
    transitionAge: 16,
    ageOfMajority: 18,
    developmentalDelayAges: { min: 3, max: 9 },
    studentPortalAge: 14,
    // The federal floor offers no such option: each state decides whether to adopt 303.211.
    partCServicesPastAgeThree: { offered: false, citation: '34 CFR 303.211 (a state option)' },
  },
  CA: {
    code: 'CA',
    name: 'California',
    // Cal. Ed. Code 56043(c), (f): 60 days not counting vacations over five school days; notice 15 days ahead.
    evaluationTimeline: { days: 60, counting: 'calendar_excluding_breaks', excludeBreaksOverSchoolDays: 5 },
    meetingNotice: { days: 15, counting: 'calendar' },
    transitionAge: 16,
    ageOfMajority: 18,
    developmentalDelayAges: { min: 3, max: 5 },
    studentPortalAge: 14,
    // California has not adopted the 303.211 option: Part C (Early Start) ends at age three.
    partCServicesPastAgeThree: { offered: false, citation: '34 CFR 303.211 (not adopted in California)' },
  },
  TX: {
    code: 'TX',
    name: 'Texas',
    // Tex. Educ. Code 29.004: 45 school days; 19 TAC 89.1050: notice at least five school days ahead.
    evaluationTimeline: { days: 45, counting: 'school' },
    meetingNotice: { days: 5, counting: 'school' },
    transitionAge: 14,
    ageOfMajority: 18,
    developmentalDelayAges: null,
    studentPortalAge: 14,
    // Texas has not adopted the 303.211 option: ECI services end at age three.
    partCServicesPastAgeThree: { offered: false, citation: '34 CFR 303.211 (not adopted in Texas)' },
  },
} as const satisfies Record<string, StateProfile>;

export type StateProfileCode = keyof typeof STATE_PROFILES;
export const STATE_PROFILE_CODES = Object.keys(STATE_PROFILES) as StateProfileCode[];

export function stateProfile(code: string): StateProfile {
  return (STATE_PROFILES as Record<string, StateProfile>)[code] ?? STATE_PROFILES.federal;
}
