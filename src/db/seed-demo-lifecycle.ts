/**
 * Demo (Lincoln) for consent to initial services (34 CFR 300.300(b)): L1016 Benjamin was found eligible on 2026-10-09
 * and his first IEP was written and finalized at the meeting on 2026-11-02, services planned from 2026-11-09. It is not
 * in effect: the request for his mother's consent to the initial provision of services, made that day, is waiting for
 * her answer (parent3@lincoln.demo signs it in the portal).
 * Exits: L1033 left on 2026-06-05, no longer eligible after a reevaluation, with the prior written notice of the change
 * in identification issued on 2026-05-28 (300.305(e)(1), 300.503); L1050 graduated with a regular diploma on
 * 2026-06-05 with the prior written notice of graduation issued on 2026-05-15 (300.102(a)(3)(iii)) — but no summary of
 * performance yet (300.305(e)(3)): the case clock shows it overdue. Deterministic.
 */
import { must } from './values';
import type { Queryable } from './connect';
import type { DemoCaseParams } from './seed-demo-case';
import { iep } from './seed-demo-plans';

const BENJAMIN = 15;

export const DEMO_LIFECYCLE_KEYS = {
  benjaminPlan: 'plan:benjamin:initial-iep',
  benjaminConsent: 'consent:benjamin:initial-services',
} as const;

async function issuedNotice(
  tx: Queryable,
  p: DemoCaseParams,
  key: string,
  student: string,
  subject: string,
  issuedOn: string,
  elements: string[],
) {
  await tx.query(
    `INSERT INTO prior_written_notices (id, district_id, student_id, action, subject, action_description, reasons, evaluations_used, safeguards_statement,
       assistance_sources, options_considered, other_factors, language, status, issued_at, issued_on, issued_by, issued_by_name, created_by, created_by_name,
       version, created_at, updated_at)
     VALUES ($1::uuid, $2::uuid, $3::uuid, 'proposes', $4, $5, $6, $7, $8, $9, $10, $11, 'en', 'issued', ($12::date + time '17:00') AT TIME ZONE 'UTC', $12::date,
       $13::uuid, $14, $13::uuid, $14, 2, ($12::date + time '15:00') AT TIME ZONE 'UTC', ($12::date + time '17:00') AT TIME ZONE 'UTC')`,
    [p.id(key), p.districtId, student, subject, ...elements, issuedOn, p.caseManagerId, p.caseManagerName],
  );
}

const SAFEGUARDS =
  'As the parents of a child with a disability, you have protection under the procedural safeguards of the Individuals with Disabilities Education Act (IDEA). You can get a copy of the procedural safeguards notice at any time, free of charge, from the case manager or the district special education office.';
const ASSISTANCE =
  "For help understanding these rights, contact the district special education office or your state's Parent Training and Information Center (parentcenterhub.org).";

export async function seedDemoLifecycle(
  tx: Queryable,
  p: DemoCaseParams,
  opts: { graduateIndex: number },
): Promise<void> {
  await issuedNotice(
    tx,
    p,
    'notice:l1033:identification',
    must(p.studentIds[32], 'student 32'),
    'identification',
    '2026-05-28',
    [
      'The district proposes that your child no longer receives special education and related services, because the reevaluation found that your child no longer has a disability that needs them.',
      'The reevaluation (May 2026) showed speech and language skills within the average range for your child’s age in every area tested.',
      'Speech-language reevaluation (standardized tests, language sample, classroom observation), May 2026; teacher and parent reports.',
      SAFEGUARDS,
      ASSISTANCE,
      'Continuing speech-language therapy: rejected, because your child no longer needs specially designed instruction to make progress.',
      'None.',
    ],
  );
  await issuedNotice(
    tx,
    p,
    'notice:l1050:graduation',
    must(p.studentIds[opts.graduateIndex], 'the graduate'),
    'graduation',
    '2026-05-15',
    [
      'The district proposes to end special education and related services when your child graduates with a regular high school diploma on June 5, 2026 (a change in placement, 34 CFR 300.102(a)(3)(iii)).',
      'Your child has met every requirement for the regular diploma, with the accommodations in the IEP.',
      'Transcript and credit review (May 2026); the IEP progress reports of 2025-2026; the transition assessment of October 2025.',
      SAFEGUARDS,
      ASSISTANCE,
      'Staying in school past graduation to work on transition goals: considered with the student and family, who chose to graduate.',
      'A summary of the student’s academic achievement and functional performance, with recommendations for the postsecondary goals, is provided at graduation (34 CFR 300.305(e)(3)).',
    ],
  );

  const student = must(p.studentIds[BENJAMIN], 'Benjamin');
  const planId = p.id(DEMO_LIFECYCLE_KEYS.benjaminPlan);
  const consentId = p.id(DEMO_LIFECYCLE_KEYS.benjaminConsent);
  const dates = {
    meetingDate: '2026-11-02',
    startDate: '2026-11-09',
    endDate: '2027-11-01',
    nextAnnualReview: '2027-11-01',
  };
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
    [
      planId,
      p.districtId,
      student,
      dates.meetingDate,
      dates.startDate,
      dates.endDate,
      dates.nextAnnualReview,
      JSON.stringify(content),
      p.caseManagerId,
    ],
  );
  await tx.query(
    `INSERT INTO plan_versions (plan_id, version, district_id, status, meeting_date, start_date, end_date, next_annual_review, content, saved_at, saved_by, saved_by_name)
     VALUES ($1::uuid, 3, $2::uuid, 'awaiting_consent', $3, $4, $5, $6, $7::jsonb, '2026-11-02T18:00:00Z', $8::uuid, $9)`,
    [
      planId,
      p.districtId,
      dates.meetingDate,
      dates.startDate,
      dates.endDate,
      dates.nextAnnualReview,
      JSON.stringify(content),
      p.caseManagerId,
      p.caseManagerName,
    ],
  );
  await tx.query(
    `INSERT INTO consents (id, district_id, student_id, type, description, language, requested_on, requested_by, requested_by_name, status, created_at, updated_at)
     SELECT $1::uuid, $2::uuid, $3::uuid, 'initial_services', $4, g.preferred_language, '2026-11-02', $5::uuid, $6, 'requested', '2026-11-02T18:00:00Z', '2026-11-02T18:00:00Z'
       FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id
      WHERE sg.student_id = $3::uuid AND sg.educational_rights ORDER BY g.id LIMIT 1`,
    [
      consentId,
      p.districtId,
      student,
      'The initial provision of the special education and related services in your child’s IEP (the IEP meeting of November 2, 2026): specialized academic instruction and speech-language therapy.',
      p.caseManagerId,
      p.caseManagerName,
    ],
  );
  await tx.query(
    `INSERT INTO case_events (id, district_id, student_id, kind, occurred_on, details, source_type, source_id, recorded_by, recorded_by_name, recorded_at)
     VALUES ($1::uuid, $2::uuid, $3::uuid, 'consent_requested', '2026-11-02', $4::jsonb, 'consent', $5::uuid, $6::uuid, $7, '2026-11-02T18:00:00Z')`,
    [
      p.id('event:benjamin:consent-requested'),
      p.districtId,
      student,
      JSON.stringify({ consentType: 'initial_services', consentId }),
      consentId,
      p.caseManagerId,
      p.caseManagerName,
    ],
  );
}
