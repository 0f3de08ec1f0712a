/**
 * State profiles: the numbers that differ by state, as data. Code asks the profile; it never tests a state name.
 *
 * A profile *definition* is what a state's law says, each number with its citation. Three are built in (the IDEA
 * floor, California, Texas); others are added as validated JSON (`openiep profile add`, stored in the database:
 * src/db/district-repo.ts). A district's *effective* profile (`effectiveProfile`) is its state's definition with
 * the district's own settings where the law leaves the number to the district: today the IEP meeting notice lead
 * time, which federal law (34 CFR 300.322(a)(1)) and California law (Cal. Ed. Code 56341.5(b)) only require to be
 * "early enough", and which Texas sets (at least five school days; a district may give more, never less).
 *
 * Checked against the sources (2026): see each citation. Where a source was not conclusive it says so here:
 * - Texas, meeting notice: the five school days are in 19 TAC 89.1050's prior-written-notice paragraph ("at least five
 *   school days before the school district proposes or refuses the action unless the parent agrees to a shorter
 *   timeframe"), which Texas districts apply to the notice of an ARD committee meeting. It is subsection (h) in the text
 *   read (as amended 2021, 46 TexReg 6533); a 2023 amendment (48 TexReg 1946) revised subsections (f) and (g): check
 *   the letter against the current TAC before relying on it.
 * - Texas, developmental delay: 19 TAC 89.1040(c), ages 3 through 9 from the 2024–2025 school year (the Texas Legal
 *   Framework); the paragraph number within (c) was not confirmed.
 *
 * Long file: the built-in profiles, a citation for every number, and the check of a profile added as JSON against the same fields, kept together so that a new field is added to both at once.
 */

export type EvaluationCounting = 'calendar' | 'school' | 'calendar_excluding_breaks';
export type NoticeCounting = 'calendar' | 'school';
export const EVALUATION_COUNTINGS: readonly EvaluationCounting[] = ['calendar', 'school', 'calendar_excluding_breaks'];
export const NOTICE_COUNTINGS: readonly NoticeCounting[] = ['calendar', 'school'];

/** The law behind each number of a profile, as the reader should look it up. */
export interface ProfileCitations {
  evaluationTimeline: string;
  meetingNotice: string;
  transitionAge: string;
  ageOfMajority: string;
  developmentalDelayAges: string;
  studentPortalAge: string;
}
export const PROFILE_CITATION_KEYS = [
  'evaluationTimeline',
  'meetingNotice',
  'transitionAge',
  'ageOfMajority',
  'developmentalDelayAges',
  'studentPortalAge',
] as const satisfies readonly (keyof ProfileCitations)[];

/** What a state's law says (a built-in profile, or one added as JSON). */
export interface StateProfileDefinition {
  code: string;
  name: string;
  /**
   * Initial evaluation timeline from consent (34 CFR 300.301(c)(1)): calendar days, school days, or calendar days
   * not counting breaks between sessions or vacations longer than `excludeBreaksOverSchoolDays` school days.
   */
  evaluationTimeline: { days: number; counting: EvaluationCounting; excludeBreaksOverSchoolDays?: number };
  /** The IEP meeting notice lead time the state's law sets, or null where the law says only "early enough". */
  meetingNotice: { days: number; counting: NoticeCounting } | null;
  /** Age by which the IEP in effect must contain transition content (300.320(b): 16, or younger by state law). */
  transitionAge: number;
  /** Age at which rights transfer to the student (300.520); notice one year before (300.320(c)). */
  ageOfMajority: number;
  /** Ages in which developmental delay may be used (300.8(b), 300.111(b): 3 through 9 or a subset), or null when the state does not use it. */
  developmentalDelayAges: { min: number; max: number } | null;
  /** Age from which a student may sign in to the family portal (an OpenIEP setting, not a legal number). */
  studentPortalAge: number;
  /**
   * Whether the state lets parents choose to continue Part C early intervention services past the child's third
   * birthday (34 CFR 303.211, 20 U.S.C. 1435(c): a state option). Only where it does may SPP/APR indicator 12 leave
   * out children whose parents chose it (measurement (f): "34 CFR §303.211 or a similar State option").
   */
  partCServicesPastAgeThree: { offered: boolean; citation: string };
  citations: ProfileCitations;
}

/** The meeting notice lead time a district works to, and where it comes from. */
export interface MeetingNoticeRule {
  days: number;
  counting: NoticeCounting;
  /** 'law': the state's own number. 'district_default': the district's lead time, where the law sets none or the district gives more. */
  source: 'law' | 'district_default';
  /** The rule it rests on (the state's, else 34 CFR 300.322(a)(1)). */
  citation: string;
  /** The state's minimum when its law sets one; null when the law says only "early enough". */
  lawMinimum: { days: number; counting: NoticeCounting } | null;
  /** False while the district has not set a lead time and OpenIEP's default (FALLBACK_MEETING_NOTICE) stands in. */
  setByDistrict: boolean;
}

/** A district's effective profile: the definition, with the meeting notice resolved against the district's settings. */
export interface StateProfile extends Omit<StateProfileDefinition, 'meetingNotice'> {
  meetingNotice: MeetingNoticeRule;
}

/** Where the law sets no lead time and the district has not chosen one: 10 calendar days (a common practice, not a rule). */
export const FALLBACK_MEETING_NOTICE = { days: 10, counting: 'calendar' } as const satisfies {
  days: number;
  counting: NoticeCounting;
};
/** The longest lead time a district may set (keeps a typo from making every notice late). */
export const MAX_MEETING_NOTICE_DAYS = 60;

export const BUILT_IN_PROFILES = {
  federal: {
    code: 'federal',
    name: 'Federal (IDEA minimums)',
    evaluationTimeline: { days: 60, counting: 'calendar' },
    meetingNotice: null,
    transitionAge: 16,
    ageOfMajority: 18,
    developmentalDelayAges: { min: 3, max: 9 },
    studentPortalAge: 14,
    // The federal floor offers no such option: each state decides whether to adopt 303.211.
    partCServicesPastAgeThree: { offered: false, citation: '34 CFR 303.211 (a state option)' },
    citations: {
      evaluationTimeline: '34 CFR 300.301(c)(1)(i)',
      meetingNotice:
        '34 CFR 300.322(a)(1) ("early enough to ensure that they will have an opportunity to attend"; no number of days)',
      transitionAge: '34 CFR 300.320(b)',
      ageOfMajority:
        '34 CFR 300.520(a), 300.320(c) (the age of majority under state law; 18 where a state sets no other)',
      developmentalDelayAges: '34 CFR 300.8(b), 300.111(b) (ages three through nine, or a subset the state chooses)',
      studentPortalAge: 'OpenIEP setting (no law sets an age for the student’s own account)',
    },
  },
  CA: {
    code: 'CA',
    name: 'California',
    evaluationTimeline: { days: 60, counting: 'calendar_excluding_breaks', excludeBreaksOverSchoolDays: 5 },
    meetingNotice: null,
    transitionAge: 16,
    ageOfMajority: 18,
    developmentalDelayAges: null,
    studentPortalAge: 14,
    // California has not adopted the 303.211 option: Part C (Early Start) ends at age three.
    partCServicesPastAgeThree: { offered: false, citation: '34 CFR 303.211 (not adopted in California)' },
    citations: {
      evaluationTimeline:
        'Cal. Ed. Code 56043(c), 56344(a) (60 days from consent, not counting days between regular school sessions or terms or vacations of more than five school days)',
      meetingNotice:
        'Cal. Ed. Code 56341.5(b) ("early enough to ensure an opportunity to attend"; no number of days — the 15 days of 56043(a)–(b) and 56321 are for the assessment plan)',
      transitionAge:
        'Cal. Ed. Code 56345(a)(8) (not later than the IEP in effect at 16; from the start of high school where the IEP team finds it appropriate, since July 1, 2025)',
      ageOfMajority: 'Cal. Ed. Code 56041.5',
      developmentalDelayAges:
        'Cal. Ed. Code 56441.11(b)(1); 5 CCR 3030 (no developmental delay category; a child of 3 to 5 may qualify with an established medical disability, 56441.11(d))',
      studentPortalAge: 'OpenIEP setting (no law sets an age for the student’s own account)',
    },
  },
  TX: {
    code: 'TX',
    name: 'Texas',
    evaluationTimeline: { days: 45, counting: 'school' },
    meetingNotice: { days: 5, counting: 'school' },
    transitionAge: 14,
    ageOfMajority: 18,
    developmentalDelayAges: { min: 3, max: 9 },
    studentPortalAge: 14,
    // Texas has not adopted the 303.211 option: ECI services end at age three.
    partCServicesPastAgeThree: { offered: false, citation: '34 CFR 303.211 (not adopted in Texas)' },
    citations: {
      evaluationTimeline:
        'Tex. Educ. Code 29.004(a)(1) (the 45th school day after consent; extended by the days of absence when the student misses three or more)',
      meetingNotice:
        '19 TAC 89.1050(h) (written notice at least five school days before, unless the parent agrees to a shorter timeframe)',
      transitionAge: 'Tex. Educ. Code 29.0111',
      ageOfMajority: 'Tex. Educ. Code 29.017(a); 19 TAC 89.1049',
      developmentalDelayAges:
        '19 TAC 89.1040(c) (developmental delay, ages 3 through 9, from the 2024–2025 school year; it replaces noncategorical early childhood)',
      studentPortalAge: 'OpenIEP setting (no law sets an age for the student’s own account)',
    },
  },
} as const satisfies Record<string, StateProfileDefinition>;

export type StateProfileCode = keyof typeof BUILT_IN_PROFILES;
/** The built-in profiles' codes (profiles added to the database come on top). */
export const STATE_PROFILE_CODES = Object.keys(BUILT_IN_PROFILES) as StateProfileCode[];

export function isBuiltInProfile(code: string): code is StateProfileCode {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_PROFILES, code);
}

/** The lead time the district may set: an integer number of days; where the state's law sets one, in its counting and not fewer days. */
export function meetingNoticeDefaultProblem(
  definition: Pick<StateProfileDefinition, 'meetingNotice' | 'name'>,
  value: { days: number; counting: string },
): { path: string; message: string } | null {
  if (!Number.isInteger(value.days) || value.days < 1 || value.days > MAX_MEETING_NOTICE_DAYS) {
    return {
      path: 'meetingNoticeDefault.days',
      message: `A whole number of days from 1 to ${MAX_MEETING_NOTICE_DAYS}.`,
    };
  }
  if (!(NOTICE_COUNTINGS as readonly string[]).includes(value.counting))
    return { path: 'meetingNoticeDefault.counting', message: 'calendar or school.' };
  const law = definition.meetingNotice;
  if (law && value.counting !== law.counting) {
    return {
      path: 'meetingNoticeDefault.counting',
      message: `${definition.name} law counts the notice in ${law.counting} days: set the district's lead time in ${law.counting} days too.`,
    };
  }
  if (law && value.days < law.days) {
    return {
      path: 'meetingNoticeDefault.days',
      message: `${definition.name} law requires at least ${law.days} ${law.counting === 'school' ? 'school ' : ''}days: the district may give more notice, not less.`,
    };
  }
  return null;
}

/**
 * The profile a district works to: the definition, with the meeting notice lead time resolved.
 * Where the state's law sets a number, that number stands unless the district set a longer one in the same counting
 * (a stored default that falls below the law — say, after the profile changed — is ignored, never obeyed).
 * Where the law says only "early enough", the district's lead time stands, or FALLBACK_MEETING_NOTICE until it sets one.
 */
export function effectiveProfile(
  definition: StateProfileDefinition,
  districtDefault: { days: number; counting: string } | null,
): StateProfile {
  const law = definition.meetingNotice;
  const valid =
    districtDefault !== null && meetingNoticeDefaultProblem(definition, districtDefault) === null
      ? (districtDefault as { days: number; counting: NoticeCounting })
      : null;
  const citation = definition.citations.meetingNotice;
  let meetingNotice: MeetingNoticeRule;
  if (law) {
    meetingNotice =
      valid && valid.days > law.days
        ? {
            days: valid.days,
            counting: valid.counting,
            source: 'district_default',
            citation,
            lawMinimum: { ...law },
            setByDistrict: true,
          }
        : {
            days: law.days,
            counting: law.counting,
            source: 'law',
            citation,
            lawMinimum: { ...law },
            setByDistrict: valid !== null,
          };
  } else {
    const chosen = valid ?? FALLBACK_MEETING_NOTICE;
    meetingNotice = {
      days: chosen.days,
      counting: chosen.counting,
      source: 'district_default',
      citation,
      lawMinimum: null,
      setByDistrict: valid !== null,
    };
  }
  return {
    code: definition.code,
    name: definition.name,
    evaluationTimeline: { ...definition.evaluationTimeline },
    meetingNotice,
    transitionAge: definition.transitionAge,
    ageOfMajority: definition.ageOfMajority,
    developmentalDelayAges: definition.developmentalDelayAges ? { ...definition.developmentalDelayAges } : null,
    studentPortalAge: definition.studentPortalAge,
    partCServicesPastAgeThree: { ...definition.partCServicesPastAgeThree },
    citations: { ...definition.citations },
  };
}

/** The built-in profiles as a district works to them before it sets anything of its own. */
export const STATE_PROFILES: Record<StateProfileCode, StateProfile> = {
  federal: effectiveProfile(BUILT_IN_PROFILES.federal, null),
  CA: effectiveProfile(BUILT_IN_PROFILES.CA, null),
  TX: effectiveProfile(BUILT_IN_PROFILES.TX, null),
};

/**
 * A built-in profile by code, with no district setting (the federal floor for an unknown code). Code that serves a
 * request uses the actor's effective profile instead (src/policy/actor.ts actorProfile), which knows the district's
 * settings and the profiles added to the database.
 */
export function stateProfile(code: string): StateProfile {
  return isBuiltInProfile(code) ? STATE_PROFILES[code] : STATE_PROFILES.federal;
}

// ---- validation of a profile given as JSON ------------------------------------------------------------------

export interface ProfileProblem {
  path: string;
  message: string;
}

const DEFINITION_KEYS = [
  'code',
  'name',
  'evaluationTimeline',
  'meetingNotice',
  'transitionAge',
  'ageOfMajority',
  'developmentalDelayAges',
  'studentPortalAge',
  'partCServicesPastAgeThree',
  'citations',
] as const;
export const PROFILE_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{1,31}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a check records a problem, and the two value checks every section uses. */
interface ProfileChecks {
  bad: (path: string, message: string) => void;
  /** The whole number, or null after recording why not. */
  int: (path: string, v: unknown, min: number, max: number, why?: string) => number | null;
  /** The trimmed text, or null after recording why not. */
  text: (path: string, v: unknown, max: number) => string | null;
}

function profileChecks(problems: ProfileProblem[]): ProfileChecks {
  const bad = (path: string, message: string) => {
    problems.push({ path, message });
  };
  return {
    bad,
    int: (path, v, min, max, why = '') => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
        bad(path, `A whole number from ${min} to ${max}${why}.`);
        return null;
      }
      return v;
    },
    text: (path, v, max) => {
      if (typeof v !== 'string' || v.trim() === '' || v.length > max) {
        bad(path, `Text of 1 to ${max} characters.`);
        return null;
      }
      return v.trim();
    },
  };
}

/**
 * Checks a profile definition given as data (e.g. a JSON file) and returns it typed, or every problem with its path.
 * Each number has its legal bounds: a transition age of 16 or younger (300.320(b) sets 16 as the latest); developmental
 * delay within 3 through 9 (300.8(b)); an age of majority from 18 to 21; and every number carries a citation.
 */
export function validateProfileDefinition(
  input: unknown,
): { ok: true; profile: StateProfileDefinition } | { ok: false; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];
  const c = profileChecks(problems);
  if (!isRecord(input)) return { ok: false, problems: [{ path: '(profile)', message: 'A JSON object.' }] };
  for (const k of Object.keys(input))
    if (!(DEFINITION_KEYS as readonly string[]).includes(k)) c.bad(k, 'Unknown field.');

  const code = input.code;
  if (typeof code !== 'string' || !PROFILE_CODE_PATTERN.test(code))
    c.bad('code', 'A code of 2 to 32 letters, digits, "-" or "_", starting with a letter (e.g. "NY").');
  c.text('name', input.name, 100);
  checkEvaluationTimeline(c, input.evaluationTimeline);
  checkMeetingNotice(c, input.meetingNotice);
  checkAges(c, input);
  checkDevelopmentalDelayAges(c, input.developmentalDelayAges);
  checkPartC(c, input.partCServicesPastAgeThree);
  checkCitations(c, input.citations);

  if (problems.length) return { ok: false, problems };
  return { ok: true, profile: checkedDefinition(input) };
}

function checkEvaluationTimeline({ bad, int }: ProfileChecks, et: unknown): void {
  if (!isRecord(et)) {
    bad('evaluationTimeline', 'An object: { days, counting, excludeBreaksOverSchoolDays? }.');
    return;
  }
  for (const k of Object.keys(et))
    if (!['days', 'counting', 'excludeBreaksOverSchoolDays'].includes(k))
      bad(`evaluationTimeline.${k}`, 'Unknown field.');
  int('evaluationTimeline.days', et.days, 1, 365);
  if (!(EVALUATION_COUNTINGS as readonly unknown[]).includes(et.counting))
    bad('evaluationTimeline.counting', `One of ${EVALUATION_COUNTINGS.join(', ')}.`);
  if (et.counting === 'calendar_excluding_breaks')
    int('evaluationTimeline.excludeBreaksOverSchoolDays', et.excludeBreaksOverSchoolDays, 1, 60);
  else if (et.excludeBreaksOverSchoolDays !== undefined)
    bad('evaluationTimeline.excludeBreaksOverSchoolDays', 'Only with counting "calendar_excluding_breaks".');
}

function checkMeetingNotice({ bad, int }: ProfileChecks, mn: unknown): void {
  if (mn === null) return;
  if (!isRecord(mn)) {
    bad('meetingNotice', 'null (the law says only "early enough") or { days, counting }.');
    return;
  }
  for (const k of Object.keys(mn)) if (!['days', 'counting'].includes(k)) bad(`meetingNotice.${k}`, 'Unknown field.');
  int('meetingNotice.days', mn.days, 1, MAX_MEETING_NOTICE_DAYS);
  if (!(NOTICE_COUNTINGS as readonly unknown[]).includes(mn.counting))
    bad('meetingNotice.counting', `One of ${NOTICE_COUNTINGS.join(', ')}.`);
}

function checkAges({ bad, int }: ProfileChecks, input: Record<string, unknown>): void {
  int('transitionAge', input.transitionAge, 1, 16, ' (34 CFR 300.320(b): by 16 at the latest)');
  const majority = int('ageOfMajority', input.ageOfMajority, 18, 21);
  const portal = int('studentPortalAge', input.studentPortalAge, 1, 21);
  if (majority !== null && portal !== null && portal > majority)
    bad('studentPortalAge', 'Not older than the age of majority.');
}

function checkDevelopmentalDelayAges({ bad, int }: ProfileChecks, dd: unknown): void {
  if (dd === null) return;
  if (!isRecord(dd)) {
    bad('developmentalDelayAges', 'null (not used) or { min, max } within 3 through 9 (34 CFR 300.8(b)).');
    return;
  }
  for (const k of Object.keys(dd))
    if (!['min', 'max'].includes(k)) bad(`developmentalDelayAges.${k}`, 'Unknown field.');
  const min = int('developmentalDelayAges.min', dd.min, 3, 9, ' (34 CFR 300.8(b): ages three through nine)');
  const max = int('developmentalDelayAges.max', dd.max, 3, 9, ' (34 CFR 300.8(b): ages three through nine)');
  if (min !== null && max !== null && min > max) bad('developmentalDelayAges', 'min is not above max.');
}

/** The 34 CFR 303.211 option (Part C services past the third birthday): optional in an added profile (not offered). */
function checkPartC({ bad, text }: ProfileChecks, pc: unknown): void {
  if (pc === undefined) return;
  if (!isRecord(pc) || typeof pc.offered !== 'boolean') {
    bad('partCServicesPastAgeThree', 'An object: { offered: true | false, citation }.');
    return;
  }
  for (const k of Object.keys(pc))
    if (!['offered', 'citation'].includes(k)) bad(`partCServicesPastAgeThree.${k}`, 'Unknown field.');
  text('partCServicesPastAgeThree.citation', pc.citation, 400);
}

function checkCitations({ bad, text }: ProfileChecks, c: unknown): void {
  if (!isRecord(c)) {
    bad('citations', `An object with a citation for each of: ${PROFILE_CITATION_KEYS.join(', ')}.`);
    return;
  }
  for (const k of Object.keys(c))
    if (!(PROFILE_CITATION_KEYS as readonly string[]).includes(k)) bad(`citations.${k}`, 'Unknown field.');
  for (const k of PROFILE_CITATION_KEYS) text(`citations.${k}`, c[k], 400);
}

/** A definition that passed every check, copied field by field (text trimmed; the Part C option may be absent). */
function checkedDefinition(input: Record<string, unknown>): StateProfileDefinition {
  const def = input as unknown as Omit<StateProfileDefinition, 'partCServicesPastAgeThree'> &
    Partial<Pick<StateProfileDefinition, 'partCServicesPastAgeThree'>>;
  return {
    code: def.code,
    name: def.name.trim(),
    evaluationTimeline:
      def.evaluationTimeline.counting === 'calendar_excluding_breaks'
        ? {
            days: def.evaluationTimeline.days,
            counting: def.evaluationTimeline.counting,
            excludeBreaksOverSchoolDays: def.evaluationTimeline.excludeBreaksOverSchoolDays,
          }
        : { days: def.evaluationTimeline.days, counting: def.evaluationTimeline.counting },
    meetingNotice: def.meetingNotice ? { days: def.meetingNotice.days, counting: def.meetingNotice.counting } : null,
    transitionAge: def.transitionAge,
    ageOfMajority: def.ageOfMajority,
    developmentalDelayAges: def.developmentalDelayAges
      ? { min: def.developmentalDelayAges.min, max: def.developmentalDelayAges.max }
      : null,
    studentPortalAge: def.studentPortalAge,
    partCServicesPastAgeThree: def.partCServicesPastAgeThree
      ? { offered: def.partCServicesPastAgeThree.offered, citation: def.partCServicesPastAgeThree.citation.trim() }
      : { offered: false, citation: '34 CFR 303.211 (a state option; not stated in this profile)' },
    citations: Object.fromEntries(
      PROFILE_CITATION_KEYS.map((k) => [k, def.citations[k].trim()]),
    ) as unknown as ProfileCitations,
  };
}

/**
 * The effective profile of a district from what the database holds: its profile code, the definition of an added
 * profile (JSON, checked again here), and its meeting-notice setting. A code that names no profile (or a stored
 * definition that no longer validates) falls back to the federal floor, as `stateProfile` does.
 */
export function districtProfile(input: {
  code: string;
  addedDefinition: unknown;
  meetingNoticeDefault: { days: number; counting: string } | null;
}): StateProfile {
  let definition: StateProfileDefinition = BUILT_IN_PROFILES.federal;
  if (isBuiltInProfile(input.code)) definition = BUILT_IN_PROFILES[input.code];
  else if (input.addedDefinition !== null && input.addedDefinition !== undefined) {
    const v = validateProfileDefinition(input.addedDefinition);
    if (v.ok && v.profile.code === input.code) definition = v.profile;
  }
  return effectiveProfile(definition, input.meetingNoticeDefault);
}
