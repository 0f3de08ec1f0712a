/**
 * Demo (Lincoln) for consent to initial services (34 CFR 300.300(b)): L1016 Benjamin was found eligible on 2026-10-09
 * and his first IEP was written and finalized at the meeting on 2026-11-02, services planned from 2026-11-09. It is not
 * in effect: the request for his mother's consent to the initial provision of services, made that day, is waiting for
 * her answer (parent3@lincoln.demo signs it in the portal). Deterministic.
 */
import type { Queryable } from './connect';
import type { DemoCaseParams } from './seed-demo-case';
import { iep } from './seed-demo-plans';

const BENJAMIN = 15;

export const DEMO_LIFECYCLE_KEYS = {
  benjaminPlan: 'plan:benjamin:initial-iep',
  benjaminConsent: 'consent:benjamin:initial-services',
} as const;

export async function seedDemoLifecycle(tx: Queryable, p: DemoCaseParams): Promise<void> {
  const student = p.studentIds[BENJAMIN]!;
  const planId = p.id(DEMO_LIFECYCLE_KEYS.benjaminPlan);
  const consentId = p.id(DEMO_LIFECYCLE_KEYS.benjaminConsent);
  const dates = { meetingDate: '2026-11-02', startDate: '2026-11-09', endDate: '2027-11-01', nextAnnualReview: '2027-11-01' };
  const content = iep(
    'Expressive language',
    'Given a picture prompt, the student will tell a story of four or more connected sentences using past-tense verbs correctly in 4 of 5 opportunities by the annual review.',
    true,
    dates.startDate,
    dates.endDate,
  );
  await tx.query(
    `INSERT INTO plans (id, district_id, student_id, type, status, meeting_date, start_date, end_date, next_annual_review, content, created_by, finalized_at, finalized_by, version, created_at, updated_at)
     VALUES ($1::uuid, $2::uuid, $3::uuid, 'iep', 'awaiting_consent', $4, $5, $6, $7, $8::jsonb, $9::uuid, '2026-11-02T18:00:00Z', $9::uuid, 3, '2026-10-20T17:00:00Z', '2026-11-02T18:00:00Z')`,
    [planId, p.districtId, student, dates.meetingDate, dates.startDate, dates.endDate, dates.nextAnnualReview, JSON.stringify(content), p.caseManagerId],
  );
  await tx.query(
    `INSERT INTO plan_versions (plan_id, version, district_id, status, meeting_date, start_date, end_date, next_annual_review, content, saved_at, saved_by, saved_by_name)
     VALUES ($1::uuid, 3, $2::uuid, 'awaiting_consent', $3, $4, $5, $6, $7::jsonb, '2026-11-02T18:00:00Z', $8::uuid, $9)`,
    [planId, p.districtId, dates.meetingDate, dates.startDate, dates.endDate, dates.nextAnnualReview, JSON.stringify(content), p.caseManagerId, p.caseManagerName],
  );
  await tx.query(
    `INSERT INTO consents (id, district_id, student_id, type, description, language, requested_on, requested_by, requested_by_name, status, created_at, updated_at)
     SELECT $1::uuid, $2::uuid, $3::uuid, 'initial_services', $4, g.preferred_language, '2026-11-02', $5::uuid, $6, 'requested', '2026-11-02T18:00:00Z', '2026-11-02T18:00:00Z'
       FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id
      WHERE sg.student_id = $3::uuid AND sg.educational_rights ORDER BY g.id LIMIT 1`,
    [consentId, p.districtId, student, 'The initial provision of the special education and related services in your child’s IEP (the IEP meeting of November 2, 2026): specialized academic instruction and speech-language therapy.', p.caseManagerId, p.caseManagerName],
  );
  await tx.query(
    `INSERT INTO case_events (id, district_id, student_id, kind, occurred_on, details, source_type, source_id, recorded_by, recorded_by_name, recorded_at)
     VALUES ($1::uuid, $2::uuid, $3::uuid, 'consent_requested', '2026-11-02', $4::jsonb, 'consent', $5::uuid, $6::uuid, $7, '2026-11-02T18:00:00Z')`,
    [p.id('event:benjamin:consent-requested'), p.districtId, student, JSON.stringify({ consentType: 'initial_services', consentId }), consentId, p.caseManagerId, p.caseManagerName],
  );
}
