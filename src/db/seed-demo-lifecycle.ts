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
import { createCaseEvent, createNotice } from './factories-case';
import { createConsent, createPlan } from './factories-records';

const BENJAMIN = 15;

export const DEMO_LIFECYCLE_KEYS = {
  benjaminPlan: 'plan:benjamin:initial-iep',
  benjaminConsent: 'consent:benjamin:initial-services',
} as const;

/** A notice the case manager issued at 17:00 UTC on `issuedOn`, written two hours before. */
async function issuedNotice(
  tx: Queryable,
  p: DemoCaseParams,
  key: string,
  student: string,
  subject: string,
  issuedOn: string,
  elements: string[],
) {
  const [
    actionDescription,
    reasons,
    evaluationsUsed,
    safeguardsStatement,
    assistanceSources,
    optionsConsidered,
    otherFactors,
  ] = elements;
  await createNotice(tx, {
    id: p.id(key),
    districtId: p.districtId,
    studentId: student,
    subject,
    actionDescription,
    reasons,
    evaluationsUsed,
    safeguardsStatement,
    assistanceSources,
    optionsConsidered,
    otherFactors,
    language: 'en',
    issuedOn,
    issuedAt: `${issuedOn}T17:00:00Z`,
    createdById: p.caseManagerId,
    createdByName: p.caseManagerName,
    version: 2,
    createdAt: `${issuedOn}T15:00:00Z`,
  });
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
  await exitNotices(tx, p, opts.graduateIndex);
  await benjaminAwaitingConsent(tx, p);
}

/** The notices of the two exits: L1033's change in identification and L1050's graduation. */
async function exitNotices(tx: Queryable, p: DemoCaseParams, graduateIndex: number): Promise<void> {
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
    must(p.studentIds[graduateIndex], 'the graduate'),
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
}

/** Benjamin's first IEP, finalized at the meeting, waiting for his mother's consent to the initial services. */
async function benjaminAwaitingConsent(tx: Queryable, p: DemoCaseParams): Promise<void> {
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
  await createPlan(tx, {
    id: planId,
    districtId: p.districtId,
    studentId: student,
    type: 'iep',
    status: 'awaiting_consent',
    dates,
    content,
    authorId: p.caseManagerId,
    authorName: p.caseManagerName,
    finalizedAt: '2026-11-02T18:00:00Z',
    version: 3,
    createdAt: '2026-10-20T17:00:00Z',
    updatedAt: '2026-11-02T18:00:00Z',
  });
  // In the language of the first guardian with educational rights.
  const [guardian] = await tx.query<{ language: string }>(
    `SELECT g.preferred_language AS language FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id
      WHERE sg.student_id = $1::uuid AND sg.educational_rights ORDER BY g.id LIMIT 1`,
    [student],
  );
  await createConsent(tx, {
    id: consentId,
    districtId: p.districtId,
    studentId: student,
    type: 'initial_services',
    description:
      'The initial provision of the special education and related services in your child’s IEP (the IEP meeting of November 2, 2026): specialized academic instruction and speech-language therapy.',
    language: must(guardian, 'a guardian with educational rights').language,
    requestedOn: '2026-11-02',
    requestedById: p.caseManagerId,
    requestedByName: p.caseManagerName,
    createdAt: '2026-11-02T18:00:00Z',
  });
  await createCaseEvent(tx, {
    id: p.id('event:benjamin:consent-requested'),
    districtId: p.districtId,
    studentId: student,
    kind: 'consent_requested',
    occurredOn: '2026-11-02',
    details: { consentType: 'initial_services', consentId },
    sourceType: 'consent',
    sourceId: consentId,
    recordedById: p.caseManagerId,
    recordedByName: p.caseManagerName,
    recordedAtTime: '18:00',
  });
}
