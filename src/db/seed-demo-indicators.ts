/**
 * Demo facts for the SPP/APR indicators and the IDEA exiting report (Lincoln, California profile). Deterministic;
 * the test suites pin today to 2026-11-30, so 2025-2026 is the last complete reporting year and 2026-2027 runs.
 *
 * Students 45–53 (local ids L1046–L1054), appended to LINCOLN_CASES, with their own names (the drawn ones repeat
 * every 48 students):
 *  - L1046 from Part C, third birthday 2026-01-20, IEP meeting 2025-12-15: indicator 12 (c), 2025-2026.
 *  - L1047 from Part C, found eligible for Part C 2026-01-05, 64 days before turning three on 2026-03-10, IEP after
 *    the birthday: indicator 12 (e), left out.
 *  - L1048 from Part C, found not eligible for Part B on 2026-03-25, before turning three on 2026-05-05: (b).
 *  - L1049 consent to evaluate 2025-10-06; the parent did not bring the child to testing (300.301(d)(1)); evaluation
 *    finished 2026-01-15, after the timeline: left out of indicator 11 for 2025-2026.
 *  - L1050 graduated with a regular diploma on 2026-06-05 (FS009 GHS), L1051 dropped out on 2026-02-12 (DROPOUT),
 *    L1052 moved, known to be continuing, on 2025-12-19 (MKC): the 2025-2026 exiting report.
 *  - L1053 from Part C, IEP meeting 2026-09-15 before turning three on 2026-10-20: indicator 12 (c), 2026-2027.
 *  - L1054 referred by Part C on 2026-10-01, turns three on 2027-01-25: pending in 2026-2027.
 * Each student's status, categories and eligibility events agree (an exited student has no category on the student
 * record; the category at exit is on the exit event).
 */
import type { DisabilityCategory } from '../domain/disability';
import type { SpedStatus } from '../domain/sped-status';
import type { Queryable } from './connect';
import type { CaseEventKind } from '../domain/case-events';
import { createCaseEvents } from './factories-case';
import { must } from './values';

type School = 'elem' | 'middle' | 'high';
type Case = [
  SpedStatus,
  DisabilityCategory | null,
  DisabilityCategory | null,
  { first: string; last: string; dob: string; grade: string; school: School; sex: 'F' | 'M' },
];

/** Appended to LINCOLN_CASES in this order (indices 45–53). */
export const INDICATOR_CASES: Case[] = [
  [
    'eligible_iep',
    'speech_language_impairment',
    null,
    { first: 'Rosa', last: 'Delgado', dob: '2023-01-20', grade: 'PS', school: 'elem', sex: 'F' },
  ], // 45 L1046
  [
    'eligible_iep',
    'autism',
    null,
    { first: 'Tomas', last: 'Whitaker', dob: '2023-03-10', grade: 'PS', school: 'elem', sex: 'M' },
  ], // 46 L1047
  ['none', null, null, { first: 'Iris', last: 'Mendoza', dob: '2023-05-05', grade: 'PS', school: 'elem', sex: 'F' }], // 47 L1048
  [
    'eligible_iep',
    'specific_learning_disability',
    null,
    { first: 'Rafael', last: 'Dominguez', dob: '2016-09-14', grade: '04', school: 'elem', sex: 'M' },
  ], // 48 L1049
  ['exited', null, null, { first: 'Keira', last: 'Holt', dob: '2007-08-14', grade: '12', school: 'high', sex: 'F' }], // 49 L1050
  ['exited', null, null, { first: 'Marcus', last: 'Bell', dob: '2009-11-30', grade: '10', school: 'high', sex: 'M' }], // 50 L1051
  ['exited', null, null, { first: 'Sienna', last: 'Park', dob: '2010-04-22', grade: '09', school: 'high', sex: 'F' }], // 51 L1052
  [
    'eligible_iep',
    'speech_language_impairment',
    null,
    { first: 'Elias', last: 'Navarro', dob: '2023-10-20', grade: 'PS', school: 'elem', sex: 'M' },
  ], // 52 L1053
  [
    'referred',
    null,
    null,
    { first: 'Nadia', last: 'Farouk', dob: '2024-01-25', grade: 'PS', school: 'elem', sex: 'F' },
  ], // 53 L1054
];
export interface DemoIndicatorParams {
  /** Where INDICATOR_CASES begin in the district's student list (45 today; robust to students added before them). */
  firstIndex: number;
  districtId: string;
  id: (name: string) => string;
  studentIds: string[];
  caseManagerId: string;
  caseManagerName: string;
}

/** [offset in INDICATOR_CASES, key, kind, date, details] */
type Ev = [offset: number, key: string, kind: CaseEventKind, occurredOn: string, details?: Record<string, unknown>];

const EARLY_START = 'Lincoln County Early Start';
const evalConsent = { consentType: 'evaluation' };
const done = { reevaluation: false };
const eligible = (category: DisabilityCategory) => ({ eligible: true, categories: [category], referredTo504: false });

export async function seedDemoIndicators(tx: Queryable, p: DemoIndicatorParams): Promise<void> {
  const events = [...earlyChildhoodAndEvaluations(), ...exits(), ...thisYearsTransitions()];
  await createCaseEvents(
    tx,
    events.map(([i, key, kind, on, details]) => ({
      id: p.id(key),
      districtId: p.districtId,
      studentId: must(p.studentIds[p.firstIndex + i], `student ${String(p.firstIndex + i)}`),
      kind,
      occurredOn: on,
      details: details ?? {},
      recordedById: p.caseManagerId,
      recordedByName: p.caseManagerName,
    })),
  );
  // The students who left last school year are in no class and on no caseload this year.
  const left = [4, 5, 6].map((i) => p.studentIds[p.firstIndex + i]);
  await tx.query(`DELETE FROM section_enrollments WHERE student_id = ANY($1::uuid[])`, [left]);
  await tx.query(`DELETE FROM case_manager_assignments WHERE student_id = ANY($1::uuid[])`, [left]);
}

/** 2025-2026: Part C to Part B transitions (indicator 12) and initial evaluations (indicator 11). */
function earlyChildhoodAndEvaluations(): Ev[] {
  return [
    // L1046: Part C to Part B on time (indicator 12 (c), 2025-2026); evaluated within the timeline (indicator 11).
    [0, 'event:l1046:partc', 'part_c_referral', '2025-09-15', { program: EARLY_START, partCEligibleOn: '2022-06-01' }],
    [0, 'event:l1046:consent', 'consent_given', '2025-10-01', evalConsent],
    [0, 'event:l1046:eval', 'evaluation_completed', '2025-11-20', done],
    [0, 'event:l1046:eligibility', 'eligibility', '2025-11-20', eligible('speech_language_impairment')],
    [0, 'event:l1046:initial', 'iep_meeting', '2025-12-15', { purpose: 'initial' }],
    // L1047: found eligible for Part C 64 days before the third birthday (indicator 12 (e)).
    [1, 'event:l1047:partc', 'part_c_referral', '2026-01-20', { program: EARLY_START, partCEligibleOn: '2026-01-05' }],
    [1, 'event:l1047:consent', 'consent_given', '2026-02-02', evalConsent],
    [1, 'event:l1047:eval', 'evaluation_completed', '2026-03-20', done],
    [1, 'event:l1047:eligibility', 'eligibility', '2026-03-20', eligible('autism')],
    [1, 'event:l1047:initial', 'iep_meeting', '2026-04-10', { purpose: 'initial' }],
    // L1048: found not eligible before the third birthday (indicator 12 (b)).
    [2, 'event:l1048:partc', 'part_c_referral', '2026-01-10', { program: EARLY_START, partCEligibleOn: '2024-02-01' }],
    [2, 'event:l1048:consent', 'consent_given', '2026-02-01', evalConsent],
    [2, 'event:l1048:eval', 'evaluation_completed', '2026-03-25', done],
    [
      2,
      'event:l1048:eligibility',
      'eligibility',
      '2026-03-25',
      { eligible: false, categories: [], referredTo504: false },
    ],
    // L1049: the 300.301(d)(1) exception, evaluation finished late: left out of indicator 11 (2025-2026).
    [3, 'event:l1049:referral', 'referral', '2025-09-22', { source: 'teacher' }],
    [3, 'event:l1049:safeguards', 'safeguards_notice', '2025-09-22'],
    [3, 'event:l1049:consent', 'consent_given', '2025-10-06', evalConsent],
    [
      3,
      'event:l1049:delay',
      'delay',
      '2025-11-20',
      {
        rule: 'initial-evaluation',
        reason: 'parent_did_not_produce_child',
        note: 'Four testing appointments missed; two home visits made.',
      },
    ],
    [3, 'event:l1049:eval', 'evaluation_completed', '2026-01-15', done],
    [3, 'event:l1049:eligibility', 'eligibility', '2026-01-15', eligible('specific_learning_disability')],
    [3, 'event:l1049:initial', 'iep_meeting', '2026-02-05', { purpose: 'initial' }],
    [3, 'event:l1049:safeguards-2026', 'safeguards_notice', '2026-09-08'],
  ];
}

/** Exits in 2025-2026 (FS009). */
function exits(): Ev[] {
  return [
    // L1050–L1052: exits in 2025-2026 (FS009), each with the category at exit.
    [4, 'event:l1050:eligibility', 'eligibility', '2015-03-10', eligible('specific_learning_disability')],
    [
      4,
      'event:l1050:exit',
      'exit',
      '2026-06-05',
      { reason: 'graduated_regular_diploma', primaryDisability: 'specific_learning_disability' },
    ],
    [5, 'event:l1051:eligibility', 'eligibility', '2019-05-02', eligible('emotional_disturbance')],
    [
      5,
      'event:l1051:exit',
      'exit',
      '2026-02-12',
      { reason: 'dropped_out', primaryDisability: 'emotional_disturbance' },
    ],
    [6, 'event:l1052:eligibility', 'eligibility', '2018-10-11', eligible('other_health_impairment')],
    [
      6,
      'event:l1052:exit',
      'exit',
      '2025-12-19',
      { reason: 'moved_known_to_continue', primaryDisability: 'other_health_impairment' },
    ],
  ];
}

/** 2026-2027: a transition on time and one pending. */
function thisYearsTransitions(): Ev[] {
  return [
    // L1053: Part C to Part B on time in 2026-2027 (indicator 12 (c)); evaluated within the timeline (indicator 11).
    [7, 'event:l1053:partc', 'part_c_referral', '2026-06-15', { program: EARLY_START, partCEligibleOn: '2025-01-10' }],
    [7, 'event:l1053:consent', 'consent_given', '2026-07-01', evalConsent],
    [7, 'event:l1053:eval', 'evaluation_completed', '2026-08-25', done],
    [7, 'event:l1053:eligibility', 'eligibility', '2026-08-25', eligible('speech_language_impairment')],
    [7, 'event:l1053:initial', 'iep_meeting', '2026-09-15', { purpose: 'initial' }],
    // L1054: referred by Part C; turns three in January: pending.
    [8, 'event:l1054:partc', 'part_c_referral', '2026-10-01', { program: EARLY_START, partCEligibleOn: '2024-06-01' }],
    [8, 'event:l1054:safeguards', 'safeguards_notice', '2026-10-01'],
  ];
}
