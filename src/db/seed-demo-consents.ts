/**
 * Demo data for consents and prior written notices (Lincoln). Deterministic: fixed ids and dates (the test suites pin
 * today to 2026-11-30).
 * - L1001 Camila (the parent's child, Spanish-speaking parent): consent for her reevaluation requested 2026-11-20,
 *   waiting for the parent's answer in the portal; a draft prior written notice for the reevaluation that still lacks
 *   element (6), the options considered.
 * - L1007 Sofia (evaluating, casemanager@'s caseload): a prior written notice proposing an initial evaluation issued
 *   2026-10-12 with the consent request; consent given on paper 2026-10-19 — the same `consent_given` case event the
 *   API records, so the 60-day clock is running.
 * The consents go in through createConsent (src/db/factories-records.ts), the notices and events through
 * createNotice and createCaseEvent (src/db/factories-case.ts).
 */
import { must } from './values';
import type { Queryable } from './connect';
import type { CaseEventKind } from '../domain/case-events';
import { createCaseEvent, createNotice } from './factories-case';
import { createConsent } from './factories-records';
import type { DemoCaseParams } from './seed-demo-case';

const CAMILA = 0;
const SOFIA = 6;

export const DEMO_CONSENT_KEYS = {
  camilaReevaluation: 'consent:camila:reevaluation',
  sofiaEvaluation: 'consent:sofia:evaluation',
  sofiaNotice: 'notice:sofia:initial-evaluation',
  camilaNotice: 'notice:camila:reevaluation',
} as const;

/** The consent's case event, recorded by the case manager at 17:00 UTC that day. */
async function event(
  tx: Queryable,
  p: DemoCaseParams,
  key: string,
  student: number,
  kind: CaseEventKind,
  on: string,
  details: Record<string, unknown>,
  consentId: string,
) {
  await createCaseEvent(tx, {
    id: p.id(key),
    districtId: p.districtId,
    studentId: must(p.studentIds[student], `student ${String(student)}`),
    kind,
    occurredOn: on,
    details,
    sourceType: 'consent',
    sourceId: consentId,
    recordedById: p.caseManagerId,
    recordedByName: p.caseManagerName,
    recordedAtTime: '17:00',
  });
}

export async function seedDemoConsents(tx: Queryable, p: DemoCaseParams): Promise<void> {
  await seedSofia(tx, p);
  await seedCamila(tx, p);
}

/** Sofia: notice with the request, consent given on paper. */
async function seedSofia(tx: Queryable, p: DemoCaseParams): Promise<void> {
  const sofia = must(p.studentIds[SOFIA], 'Sofia');
  const sofiaConsent = p.id(DEMO_CONSENT_KEYS.sofiaEvaluation);
  await sofiaNotice(tx, p, sofia);
  // Signed by the first guardian with educational rights.
  const [signer] = await tx.query<{ name: string }>(
    `SELECT g.first_name || ' ' || g.last_name AS name
       FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id
      WHERE sg.student_id = $1::uuid AND sg.educational_rights
      ORDER BY g.last_name, g.first_name, g.id LIMIT 1`,
    [sofia],
  );
  if (!signer) throw new Error('the demo student has no guardian with educational rights');
  await createConsent(tx, {
    id: sofiaConsent,
    districtId: p.districtId,
    studentId: sofia,
    type: 'evaluation',
    description:
      'A full and individual initial evaluation in the areas of reading, written expression and attention: academic achievement tests, a cognitive assessment, a classroom observation, rating scales completed by you and by her teachers, and a review of her school records.',
    language: 'en',
    requestedOn: '2026-10-12',
    requestedById: p.caseManagerId,
    requestedByName: p.caseManagerName,
    answer: {
      status: 'given',
      answeredAt: '2026-10-20T16:30:00Z',
      signedOn: '2026-10-19',
      signerName: signer.name,
      recordedById: p.caseManagerId,
      recordedByName: p.caseManagerName,
    },
    version: 2,
    createdAt: '2026-10-12T17:00:00Z',
  });
  await event(
    tx,
    p,
    'event:sofia:consent-requested',
    SOFIA,
    'consent_requested',
    '2026-10-12',
    { consentType: 'evaluation', consentId: sofiaConsent },
    sofiaConsent,
  );
  await event(
    tx,
    p,
    'event:sofia:consent',
    SOFIA,
    'consent_given',
    '2026-10-19',
    { consentType: 'evaluation', consentId: sofiaConsent, method: 'paper' },
    sofiaConsent,
  );
}

/** The notice proposing Sofia's initial evaluation, issued with the consent request. */
async function sofiaNotice(tx: Queryable, p: DemoCaseParams, sofia: string): Promise<void> {
  await createNotice(tx, {
    id: p.id(DEMO_CONSENT_KEYS.sofiaNotice),
    districtId: p.districtId,
    studentId: sofia,
    subject: 'initial_evaluation',
    actionDescription:
      'The district proposes a full and individual initial evaluation of Sofia, to find out whether she has a disability and needs special education and related services.',
    reasons:
      'The student study team referred Sofia after a semester of reading and writing interventions in which her progress stayed well below that of her classmates.',
    evaluationsUsed:
      'Classroom reading assessments (fall 2026); intervention progress monitoring, September–October 2026; teacher reports; attendance and grade records; hearing and vision screening (September 2026).',
    safeguardsStatement:
      'As the parents of a child who may have a disability, you have protection under the procedural safeguards of the Individuals with Disabilities Education Act (IDEA). A copy of the procedural safeguards notice is enclosed with this notice; you can ask for another copy at any time from the case manager or the special education office.',
    assistanceSources:
      "For help understanding these rights, contact Maria Alvarez, case manager, at Lincoln High School; the district special education office; or your state's Parent Training and Information Center (parentcenterhub.org).",
    optionsConsidered:
      'Continuing the reading intervention without an evaluation: rejected, because Sofia has not responded to two rounds of intervention and the team needs to know whether she needs specially designed instruction.',
    otherFactors:
      'Sofia is in good health; her hearing and vision screenings were normal. English is the language of the home.',
    language: 'en',
    issuedOn: '2026-10-12',
    issuedAt: '2026-10-12T17:00:00Z',
    createdById: p.caseManagerId,
    createdByName: p.caseManagerName,
    version: 2,
    createdAt: '2026-10-09T17:00:00Z',
  });
}

/** Camila: reevaluation consent waiting for the parent; draft notice missing element (6). */
async function seedCamila(tx: Queryable, p: DemoCaseParams): Promise<void> {
  const camila = must(p.studentIds[CAMILA], 'Camila');
  const camilaConsent = p.id(DEMO_CONSENT_KEYS.camilaReevaluation);
  await createConsent(tx, {
    id: camilaConsent,
    districtId: p.districtId,
    studentId: camila,
    type: 'reevaluation',
    description:
      'Reevaluación de habla y lenguaje, tres años después de la última evaluación: pruebas de lenguaje expresivo y receptivo, una muestra de habla en clase, una entrevista con usted y con sus maestros, y la revisión de sus informes de progreso.',
    language: 'es',
    requestedOn: '2026-11-20',
    requestedById: p.caseManagerId,
    requestedByName: p.caseManagerName,
    version: 1,
    createdAt: '2026-11-20T17:00:00Z',
  });
  await event(
    tx,
    p,
    'event:camila:consent-requested',
    CAMILA,
    'consent_requested',
    '2026-11-20',
    { consentType: 'reevaluation', consentId: camilaConsent },
    camilaConsent,
  );
  await createNotice(tx, {
    id: p.id(DEMO_CONSENT_KEYS.camilaNotice),
    districtId: p.districtId,
    studentId: camila,
    subject: 'reevaluation',
    actionDescription: 'El distrito propone reevaluar a Camila en habla y lenguaje.',
    reasons:
      'Han pasado casi tres años desde su última evaluación (diciembre de 2023), y la ley pide una reevaluación al menos cada tres años (34 CFR 300.303(b)(2)).',
    evaluationsUsed:
      'Informes de progreso de sus metas de habla y lenguaje (2025-2026 y otoño de 2026); la evaluación de habla y lenguaje de diciembre de 2023; observaciones de la patóloga del habla y de sus maestros.',
    safeguardsStatement:
      'Como padres de una niña con una discapacidad, ustedes están protegidos por las garantías procesales de la Ley de Educación para Personas con Discapacidades (IDEA). Pueden obtener gratis una copia del aviso de garantías procesales con Maria Alvarez, encargada del caso, o en el portal familiar.',
    assistanceSources:
      'Para recibir ayuda, pueden comunicarse con Maria Alvarez, encargada del caso; con la oficina de educación especial del distrito; o con el Centro de Capacitación e Información para Padres de su estado (parentcenterhub.org).',
    otherFactors: 'Camila habla español e inglés; las pruebas se harán en los dos idiomas.',
    language: 'es',
    createdById: p.caseManagerId,
    createdByName: p.caseManagerName,
    version: 1,
    createdAt: '2026-11-20T17:30:00Z',
  });
}
