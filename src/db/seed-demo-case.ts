/**
 * Demo case clock (Lincoln): case events that give the case managers overdue, delayed, due-soon and upcoming
 * deadlines and the SPP indicators something to count. Fixed dates around the 2026-2027 school year; the test
 * suites pin today to 2026-11-30. Deterministic.
 */
import type { CaseEventKind } from '../domain/case-events';
import { must } from './values';
import type { Queryable } from './connect';
import { createCaseEvents, createNotification } from './factories-case';

export interface DemoCaseParams {
  districtId: string;
  id: (name: string) => string;
  /** Lincoln students in local-id order (index 0 = L1001, the parent's child; 1 = the student account; 9 = parent2's child). */
  studentIds: string[];
  caseManagerId: string;
  caseManagerName: string;
}

/** A detail `{ ref: key }` is the id of another demo event; `source` names the record that produced the event. */
type Ev = [
  index: number,
  key: string,
  kind: CaseEventKind,
  occurredOn: string,
  details?: Record<string, unknown>,
  source?: { sourceType: string; sourceKey: string },
];

/** Ids of demo events other seeds and tests refer to. */
export const DEMO_EVENT_KEYS = {
  naomiSafeguards: 'event:naomi:safeguards',
  lucasConsent: 'event:lucas:consent',
  mayaExtension: 'event:maya:extension',
} as const;

/** The Lincoln student (index) with 8 counted days of removal this school year (L1022). */
export const DEMO_DISCIPLINE_WARNING_INDEX = 21;

export async function seedDemoCase(tx: Queryable, p: DemoCaseParams): Promise<void> {
  await insertEvents(tx, p, [...evaluationEvents(), ...disciplineEvents(), ...exitEvents(), ...preschoolEvents()]);
  await disciplineWarningAlert(tx, p);
}

/** Referrals, notices, consents, evaluations, eligibility and IEP meetings: the evaluation and review clocks. */
function evaluationEvents(): Ev[] {
  return [
    // L1001 Camila (the parent's child): notice given at the annual meeting; reevaluation due in December.
    [0, 'event:camila:safeguards', 'safeguards_notice', '2026-09-10', { language: 'es' }],
    [0, 'event:camila:eval', 'evaluation_completed', '2023-12-15', { reevaluation: true }],
    [0, 'event:camila:meeting', 'iep_meeting', '2026-09-10', { purpose: 'annual' }],
    // L1002 James (the student account, 16): transition IEP this fall.
    [1, 'event:james:safeguards', 'safeguards_notice', '2026-10-01'],
    [1, 'event:james:eval', 'evaluation_completed', '2024-10-01', { reevaluation: true }],
    // L1004 Wyatt: referred by his teacher; the safeguards notice has not been recorded (overdue).
    [3, 'event:wyatt:referral', 'referral', '2026-11-16', { source: 'teacher' }],
    // L1005 Hana: referred, notice given, consent to evaluate requested.
    [4, 'event:hana:referral', 'referral', '2026-11-02', { source: 'parent' }],
    [4, 'event:hana:safeguards', 'safeguards_notice', '2026-11-02'],
    [4, 'event:hana:consent-requested', 'consent_requested', '2026-11-05', { consentType: 'evaluation' }],
    // L1008 Lucas: consent in September; the 60-day clock ran out while the family did not bring him to testing (300.301(d)).
    [7, 'event:lucas:referral', 'referral', '2026-09-08', { source: 'school_team' }],
    [7, 'event:lucas:safeguards', 'safeguards_notice', '2026-09-08'],
    [7, DEMO_EVENT_KEYS.lucasConsent, 'consent_given', '2026-09-21', { consentType: 'evaluation' }],
    [
      7,
      'event:lucas:delay',
      'delay',
      '2026-11-18',
      {
        rule: 'initial-evaluation',
        reason: 'parent_did_not_produce_child',
        note: 'Three testing appointments missed; family contacted each time.',
      },
    ],
    // L1013 Naomi: last year's safeguards notice; this year's is overdue.
    [12, DEMO_EVENT_KEYS.naomiSafeguards, 'safeguards_notice', '2025-11-03'],
    [12, 'event:naomi:eval', 'evaluation_completed', '2025-02-10', { reevaluation: false }],
    // L1016 Benjamin: evaluated on time, initial IEP meeting held (SPP 11 met).
    [15, 'event:benjamin:consent', 'consent_given', '2026-08-20', { consentType: 'evaluation' }],
    [15, 'event:benjamin:safeguards', 'safeguards_notice', '2026-08-20'],
    [
      15,
      'event:benjamin:eval',
      'evaluation_completed',
      '2026-10-09',
      { reevaluation: false, reportSharedOn: '2026-10-12' },
    ],
    [
      15,
      'event:benjamin:eligibility',
      'eligibility',
      '2026-10-09',
      { eligible: true, categories: ['speech_language_impairment'], referredTo504: false },
    ],
    [15, 'event:benjamin:meeting', 'iep_meeting', '2026-11-02', { purpose: 'initial' }],
    // L1019 Priya: evaluated late (SPP 11 missed); the initial IEP meeting is due in December.
    [18, 'event:priya:consent', 'consent_given', '2026-08-25', { consentType: 'evaluation' }],
    [18, 'event:priya:safeguards', 'safeguards_notice', '2026-08-25'],
    [18, 'event:priya:eval', 'evaluation_completed', '2026-11-10', { reevaluation: false }],
    [
      18,
      'event:priya:eligibility',
      'eligibility',
      '2026-11-10',
      { eligible: true, categories: ['autism', 'speech_language_impairment'], referredTo504: false },
    ],
    // L1045 Valentina: came from Part C; IEP in effect before her third birthday (SPP 12 met).
    [44, 'event:valentina:partc', 'part_c_referral', '2020-10-01', { program: 'Lincoln County Early Start' }],
    [44, 'event:valentina:safeguards', 'safeguards_notice', '2026-09-02'],
    [44, 'event:valentina:initial', 'iep_meeting', '2021-02-10', { purpose: 'initial' }],
  ];
}

/** Removals, notices of the decisions and a manifestation determination review (34 CFR 300.530-300.536). */
function disciplineEvents(): Ev[] {
  return [...mayaDiscipline(), ...diegoDiscipline(), ...l1022Discipline()];
}

function mayaDiscipline(): Ev[] {
  return [
    // Discipline (src/domain/discipline.ts). L1025 Maya: a five-day suspension, extended on its last day for six more
    // school days after Thanksgiving break — back to back, 11 consecutive school days: a change of placement decided on
    // 20 November. The parents were told that day with the safeguards notice (300.530(h)); the MDR is due 11 December.
    [
      24,
      'event:maya:removal',
      'disciplinary_removal',
      '2026-11-16',
      {
        type: 'out_of_school_suspension',
        firstDay: '2026-11-16',
        lastDay: '2026-11-20',
        behavior: 'Hit a classmate during lunch.',
      },
    ],
    [
      24,
      DEMO_EVENT_KEYS.mayaExtension,
      'disciplinary_removal',
      '2026-11-20',
      {
        type: 'out_of_school_suspension',
        firstDay: '2026-11-30',
        lastDay: '2026-12-07',
        behavior: 'Suspension extended after the review of the lunch incident.',
        note: 'Extended past ten consecutive school days.',
      },
    ],
    [
      24,
      'event:maya:notice',
      'discipline_notice',
      '2026-11-20',
      { decisionId: { ref: DEMO_EVENT_KEYS.mayaExtension }, safeguardsNoticeProvided: true, method: 'phone' },
    ],
    [
      24,
      'event:maya:notice-safeguards',
      'safeguards_notice',
      '2026-11-20',
      { note: 'Given with the notice of a discipline decision (34 CFR 300.504(a)(3), 300.530(h)).' },
      { sourceType: 'discipline_notice', sourceKey: 'event:maya:notice' },
    ],
  ];
}

function diegoDiscipline(): Ev[] {
  return [
    // L1026 Diego: a twelve-day suspension (a change of placement), the parents told that day, the MDR held on the
    // seventh school day: the conduct was caused by the disability, so an FBA and a BIP, and he went back on 15 October.
    [
      25,
      'event:diego:removal',
      'disciplinary_removal',
      '2026-10-05',
      {
        type: 'out_of_school_suspension',
        firstDay: '2026-10-05',
        lastDay: '2026-10-20',
        behavior: 'Threw a chair in the classroom.',
      },
    ],
    [
      25,
      'event:diego:notice',
      'discipline_notice',
      '2026-10-05',
      { decisionId: { ref: 'event:diego:removal' }, safeguardsNoticeProvided: true, method: 'in_person' },
    ],
    [
      25,
      'event:diego:notice-safeguards',
      'safeguards_notice',
      '2026-10-05',
      { note: 'Given with the notice of a discipline decision (34 CFR 300.504(a)(3), 300.530(h)).' },
      { sourceType: 'discipline_notice', sourceKey: 'event:diego:notice' },
    ],
    [
      25,
      'event:diego:mdr',
      'mdr_held',
      '2026-10-14',
      {
        decisionId: { ref: 'event:diego:removal' },
        causedByDisability: true,
        failureToImplementIep: false,
        manifestation: true,
        behaviorPlan: 'fba_and_bip',
        placement: 'return',
        returnedOn: '2026-10-15',
        participants: 'Parent, case manager, school psychologist, general education teacher, principal',
      },
    ],
  ];
}

function l1022Discipline(): Ev[] {
  return [
    // L1022 (index 21): 8 counted school days of removal this year — no change of placement, no MDR; the case manager
    // was told on reaching day 8. An in-school suspension with all three chances afforded does not count.
    [
      21,
      'event:l1022:oss',
      'disciplinary_removal',
      '2026-09-14',
      {
        type: 'out_of_school_suspension',
        firstDay: '2026-09-14',
        lastDay: '2026-09-16',
        behavior: 'Fight in the hallway.',
      },
    ],
    [
      21,
      'event:l1022:iss',
      'disciplinary_removal',
      '2026-10-05',
      {
        type: 'in_school_suspension',
        firstDay: '2026-10-05',
        lastDay: '2026-10-06',
        inSchool: { generalCurriculum: true, iepServices: false, nondisabledPeers: true },
        behavior: 'Left class repeatedly and refused to return.',
      },
    ],
    [
      21,
      'event:l1022:bus',
      'disciplinary_removal',
      '2026-10-16',
      {
        type: 'bus_suspension',
        firstDay: '2026-10-19',
        lastDay: '2026-10-21',
        bus: { transportationInIep: true, otherTransportationProvided: false },
        behavior: 'Unsafe behavior on the bus.',
      },
    ],
    [
      21,
      'event:l1022:iss-afforded',
      'disciplinary_removal',
      '2026-11-09',
      {
        type: 'in_school_suspension',
        firstDay: '2026-11-09',
        lastDay: '2026-11-09',
        inSchool: { generalCurriculum: true, iepServices: true, nondisabledPeers: true },
        behavior: 'Disrupted class.',
      },
    ],
  ];
}

/** Students who left special education (the exiting report). */
function exitEvents(): Ev[] {
  return [
    // L1033: reevaluated in May; no longer eligible; left special education at the end of the school year (300.305(e)(1)).
    [
      32,
      'event:l1033:reeval',
      'evaluation_completed',
      '2026-05-20',
      { reevaluation: true, reportSharedOn: '2026-05-22' },
    ],
    [
      32,
      'event:l1033:eligibility',
      'eligibility',
      '2026-05-27',
      { eligible: false, categories: [], referredTo504: false },
    ],
    [
      32,
      'event:l1033:exit',
      'exit',
      '2026-06-05',
      {
        reason: 'no_longer_eligible',
        spedStatusBefore: 'eligible_iep',
        primaryDisability: 'speech_language_impairment',
        secondaryDisability: null,
      },
    ],
    // L1034 Theo: exited (moved away, known to continue); the category at exit is kept on the event (the exiting report).
    [
      33,
      'event:theo:exit',
      'exit',
      '2026-10-16',
      {
        reason: 'moved_known_to_continue',
        spedStatusBefore: 'eligible_iep',
        primaryDisability: 'specific_learning_disability',
        secondaryDisability: null,
      },
    ],
  ];
}

/** Preschoolers at a school with no calendar for the year yet (an estimated clock). */
function preschoolEvents(): Ev[] {
  return [
    // L1055 and L1056: preschoolers at Lincoln Early Learning Center, which has no 2026-2027 calendar yet. L1055's
    // evaluation clock (60 days not counting breaks over five school days) is an estimate until the calendar is entered.
    [54, 'event:preschool1:referral', 'referral', '2026-10-26', { source: 'parent' }],
    [54, 'event:preschool1:safeguards', 'safeguards_notice', '2026-10-26'],
    [54, 'event:preschool1:consent', 'consent_given', '2026-11-02', { consentType: 'evaluation' }],
    [55, 'event:preschool2:referral', 'referral', '2026-11-20', { source: 'parent' }],
    [55, 'event:preschool2:safeguards', 'safeguards_notice', '2026-11-20'],
  ];
}

async function insertEvents(tx: Queryable, p: DemoCaseParams, events: Ev[]): Promise<void> {
  const resolve = (v: unknown): unknown =>
    v && typeof v === 'object' && 'ref' in v ? p.id((v as { ref: string }).ref) : v;
  await createCaseEvents(
    tx,
    events.map(([i, key, kind, on, details, source]) => ({
      id: p.id(key),
      districtId: p.districtId,
      studentId: must(p.studentIds[i], `student ${String(i)}`),
      kind,
      occurredOn: on,
      details: Object.fromEntries(Object.entries(details ?? {}).map(([k, v]) => [k, resolve(v)])),
      recordedById: p.caseManagerId,
      recordedByName: p.caseManagerName,
      sourceType: source?.sourceType ?? null,
      sourceId: source ? p.id(source.sourceKey) : null,
    })),
  );
}

/** The in-app alert the case manager had when L1022's bus suspension took the year to day 8 (as recording it does). */
async function disciplineWarningAlert(tx: Queryable, p: DemoCaseParams): Promise<void> {
  const l1022 = must(p.studentIds[DEMO_DISCIPLINE_WARNING_INDEX], 'the discipline-warning student');
  const name = await tx.query<{ name: string }>(
    `SELECT first_name || ' ' || last_name AS name FROM students WHERE id = $1::uuid`,
    [l1022],
  );
  await createNotification(tx, {
    id: p.id('notification:l1022:discipline-warning'),
    districtId: p.districtId,
    userId: p.caseManagerId,
    studentId: l1022,
    kind: 'discipline',
    message: 'discipline.notify.warning',
    params: { student: name[0]?.name ?? '', days: 8, year: '2026-2027' },
    link: `/students/${l1022}/discipline`,
    dedupeKey: `discipline:${l1022}:2026-2027:warning`,
    createdAt: '2026-10-16T17:00:00Z',
    mailedAt: '2026-10-16T17:00:00Z',
  });
}
