/**
 * Demo case clock (Lincoln): case events that give the case managers overdue, delayed, due-soon and upcoming
 * deadlines and the SPP indicators something to count. Fixed dates around the 2026-2027 school year; the test
 * suites pin today to 2026-11-30. Deterministic.
 */
import type { Queryable } from './connect';

export interface DemoCaseParams {
  districtId: string;
  id: (name: string) => string;
  /** Lincoln students in local-id order (index 0 = L1001, the parent's child; 1 = the student account; 9 = parent2's child). */
  studentIds: string[];
  caseManagerId: string;
  caseManagerName: string;
}

type Ev = [index: number, key: string, kind: string, occurredOn: string, details?: Record<string, unknown>];

/** Ids of demo events other seeds and tests refer to. */
export const DEMO_EVENT_KEYS = { naomiSafeguards: 'event:naomi:safeguards', lucasConsent: 'event:lucas:consent' } as const;

export async function seedDemoCase(tx: Queryable, p: DemoCaseParams): Promise<void> {
  const events: Ev[] = [
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
    [7, 'event:lucas:delay', 'delay', '2026-11-18', { rule: 'initial-evaluation', reason: 'parent_did_not_produce_child', note: 'Three testing appointments missed; family contacted each time.' }],
    // L1013 Naomi: last year's safeguards notice; this year's is overdue.
    [12, DEMO_EVENT_KEYS.naomiSafeguards, 'safeguards_notice', '2025-11-03'],
    [12, 'event:naomi:eval', 'evaluation_completed', '2025-02-10', { reevaluation: false }],
    // L1016 Benjamin: evaluated on time, initial IEP meeting held (SPP 11 met).
    [15, 'event:benjamin:consent', 'consent_given', '2026-08-20', { consentType: 'evaluation' }],
    [15, 'event:benjamin:safeguards', 'safeguards_notice', '2026-08-20'],
    [15, 'event:benjamin:eval', 'evaluation_completed', '2026-10-09', { reevaluation: false, reportSharedOn: '2026-10-12' }],
    [15, 'event:benjamin:eligibility', 'eligibility', '2026-10-09', { eligible: true, categories: ['specific_learning_disability'], referredTo504: false }],
    [15, 'event:benjamin:meeting', 'iep_meeting', '2026-11-02', { purpose: 'initial' }],
    // L1019 Priya: evaluated late (SPP 11 missed); the initial IEP meeting is due in December.
    [18, 'event:priya:consent', 'consent_given', '2026-08-25', { consentType: 'evaluation' }],
    [18, 'event:priya:safeguards', 'safeguards_notice', '2026-08-25'],
    [18, 'event:priya:eval', 'evaluation_completed', '2026-11-10', { reevaluation: false }],
    [18, 'event:priya:eligibility', 'eligibility', '2026-11-10', { eligible: true, categories: ['other_health_impairment'], referredTo504: false }],
    // L1045 Valentina: came from Part C; IEP in effect before her third birthday (SPP 12 met).
    [44, 'event:valentina:partc', 'part_c_referral', '2020-10-01', { program: 'Lincoln County Early Start' }],
    [44, 'event:valentina:safeguards', 'safeguards_notice', '2026-09-02'],
    [44, 'event:valentina:initial', 'iep_meeting', '2021-02-10', { purpose: 'initial' }],
    // L1025 Maya: removed for more than ten school days (a change of placement): the MDR is due within ten school days.
    [24, 'event:maya:removal', 'disciplinary_removal', '2026-11-16', { days: 11, note: 'Suspension extended past ten consecutive school days.' }],
    // L1026 Diego: an earlier removal, with the manifestation determination held in time.
    [25, 'event:diego:removal', 'disciplinary_removal', '2026-10-05', { days: 12 }],
    [25, 'event:diego:mdr', 'mdr_held', '2026-10-14', { manifestation: true }],
    // L1034 Theo: exited (moved away, known to continue).
    [33, 'event:theo:exit', 'exit', '2026-10-16', { reason: 'moved_known_to_continue' }],
    // L1046 and L1047: preschoolers at Lincoln Early Learning Center, which has no 2026-2027 calendar yet. L1046's
    // evaluation clock (60 days not counting breaks over five school days) is an estimate until the calendar is entered.
    [45, 'event:preschool1:referral', 'referral', '2026-10-26', { source: 'parent' }],
    [45, 'event:preschool1:safeguards', 'safeguards_notice', '2026-10-26'],
    [45, 'event:preschool1:consent', 'consent_given', '2026-11-02', { consentType: 'evaluation' }],
    [46, 'event:preschool2:referral', 'referral', '2026-11-20', { source: 'parent' }],
    [46, 'event:preschool2:safeguards', 'safeguards_notice', '2026-11-20'],
  ];
  for (const [i, key, kind, on, details] of events) {
    await tx.query(
      `INSERT INTO case_events (id, district_id, student_id, kind, occurred_on, details, recorded_by, recorded_by_name, recorded_at)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::date, $6::jsonb, $7::uuid, $8, ($5::date + time '16:00') AT TIME ZONE 'UTC')`,
      [p.id(key), p.districtId, p.studentIds[i], kind, on, JSON.stringify(details ?? {}), p.caseManagerId, p.caseManagerName],
    );
  }
}
