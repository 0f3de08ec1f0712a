/**
 * Consents and prior written notices through the API, on both engines: staff request, the parent signs in the
 * portal (typed name + checkbox), staff record paper answers, revocation, the seven-element check before a notice
 * is issued, and both documents as PDFs in English and Spanish.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';

interface Consent {
  id: string;
  type: string;
  status: string;
  description: string;
  answer: {
    decision: string;
    method: string;
    on: string;
    signerName: string;
    ip?: string | null;
    recordedByName?: string | null;
  } | null;
  revocation: { on: string; method: string; signerName: string } | null;
  revocationEffect: { endsServices: boolean; requiresPriorWrittenNotice: boolean };
  abilities: { answer: boolean; recordPaperAnswer: boolean; revoke: boolean };
  noticeId?: string | null;
}
interface Notice {
  id: string;
  status: string;
  subject: string;
  language: string;
  version: number;
  elements: Record<string, string>;
  findings: { path: string; citation: string; severity: string }[];
  abilities: { edit: boolean; issue: boolean };
}
interface Problem {
  status: number;
  code: string;
  errors?: { path: string; message: string }[];
}

const pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-consent-pdf-'));
afterAll(() => fs.rmSync(pdfDir, { recursive: true, force: true }));
let pdfN = 0;
function pdfText(buf: Buffer): string {
  const file = path.join(pdfDir, `${++pdfN}.pdf`);
  fs.writeFileSync(file, buf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe.each(ENGINES)('consents and prior written notices on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let parent: Client;
  let student: Client;
  /** L1001 Camila, parent@'s child. */
  let childId: string;
  /** L1002 James, student@ himself (16). */
  let jamesId: string;
  let sofiaId: string;
  let parentUserId: string;
  let cmUserId: string;

  const idOf = async (localId: string) =>
    (await t.db.query<{ id: string }>(`SELECT id::text AS id FROM students WHERE local_id = $1`, [localId]))[0]!.id;
  const userId = async (email: string) =>
    (await t.db.query<{ id: string }>(`SELECT id::text AS id FROM users WHERE email = $1`, [email]))[0]!.id;

  beforeAll(async () => {
    t = await startTestApp(engine);
    cm = await t.signIn(DEMO.caseManager);
    parent = await t.signIn(DEMO.parent);
    student = await t.signIn(DEMO.student);
    childId = await idOf('L1001');
    jamesId = await idOf('L1002');
    sofiaId = await idOf('L1007');
    parentUserId = await userId(DEMO.parent);
    cmUserId = await userId(DEMO.caseManager);
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', `/api/v1/students/${id}/consents`],
      ['POST', `/api/v1/students/${id}/consents`],
      ['GET', `/api/v1/consents/${id}`],
      ['POST', `/api/v1/consents/${id}/answer`],
      ['POST', `/api/v1/consents/${id}/revoke`],
      ['GET', `/api/v1/consents/${id}/document.pdf`],
      ['GET', `/api/v1/students/${id}/notices`],
      ['POST', `/api/v1/students/${id}/notices`],
      ['GET', `/api/v1/notices/${id}`],
      ['PATCH', `/api/v1/notices/${id}`],
      ['POST', `/api/v1/notices/${id}/issue`],
      ['GET', `/api/v1/notices/${id}/document.pdf`],
    ] as const) {
      const res = await t.anonymous.request({ method, url, payload: method === 'GET' ? undefined : {} });
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('the demo: the parent has a reevaluation consent to sign; Sofia’s evaluation consent is given, and its case event starts the clock', async () => {
    const list = (await parent.get(`/api/v1/students/${childId}/consents`)).json<{
      data: Consent[];
      abilities: { request: boolean };
    }>();
    expect(list.abilities.request).toBe(false);
    const pending = list.data.filter((c) => c.status === 'requested');
    expect(pending.map((c) => c.type)).toEqual(['reevaluation']);
    expect(pending[0]!.abilities).toMatchObject({ answer: true, recordPaperAnswer: false, revoke: false });

    const sofia = (await cm.get(`/api/v1/students/${sofiaId}/consents`)).json<{ data: Consent[] }>();
    expect(sofia.data.map((c) => [c.type, c.status, c.answer?.method, c.answer?.on])).toEqual([
      ['evaluation', 'given', 'paper', '2026-10-19'],
    ]);
    const events = await t.db.query<{ kind: string; details: { consentType: string } }>(
      `SELECT kind, details FROM case_events WHERE student_id = $1::uuid AND source_type = 'consent' ORDER BY occurred_on`,
      [sofiaId],
    );
    expect(events.map((e) => [e.kind, e.details.consentType])).toEqual([
      ['consent_requested', 'evaluation'],
      ['consent_given', 'evaluation'],
    ]);
    const deadlines = await cm.get(`/api/v1/students/${sofiaId}/deadlines`);
    expect(deadlines.statusCode).toBe(200);
    const rules = deadlines.json<{ data: { rule: string; status: string; due: string }[] }>().data;
    const initial = rules.find((d) => d.rule === 'initial-evaluation');
    expect(initial, 'the initial evaluation clock runs from the consent').toBeDefined();
    expect(['upcoming', 'due_soon']).toContain(initial!.status);
    expect(initial!.due > '2026-11-30').toBe(true);
  });

  let releaseId: string;
  it('staff request consent: a release of records must name the records and the recipient; the family is notified and the case event recorded', async () => {
    const bad = await cm.post(`/api/v1/students/${childId}/consents`, {
      type: 'release_of_information',
      description: 'Share her speech records with her private therapist.',
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json<Problem>().errors ?? []).map((e) => e.path)).toEqual(['recordsToRelease', 'releaseTo']);

    const res = await cm.post(`/api/v1/students/${childId}/consents`, {
      type: 'release_of_information',
      description: 'Share her speech records with her private therapist.',
      recordsToRelease: 'Speech-language evaluation (2023); progress reports 2025–26',
      releaseTo: 'Dr. Ana Ruiz, Valley Speech Clinic',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json<Consent & { language: string }>();
    releaseId = c.id;
    expect(c.status).toBe('requested');
    expect(c.language).toBe('es'); // the parent's language
    const notes = await t.db.query<{ kind: string; message: string; params: Record<string, string> }>(
      `SELECT kind, message, params FROM notifications WHERE user_id = $1::uuid AND dedupe_key = $2`,
      [parentUserId, `consent:${c.id}:requested`],
    );
    expect(notes).toEqual([
      {
        kind: 'consent_request',
        message: 'notify.consent.requested',
        params: { student: 'Camila', type: 'release_of_information' },
      },
    ]);
    const ev = await t.db.query<{ kind: string }>(`SELECT kind FROM case_events WHERE source_id = $1::uuid`, [c.id]);
    expect(ev.map((e) => e.kind)).toEqual(['consent_requested']);
    // A teacher and the parent cannot request.
    expect(
      (await parent.post(`/api/v1/students/${childId}/consents`, { type: 'evaluation', description: 'x' })).statusCode,
    ).toBe(403);
  });

  it('the parent signs only with a typed name and confirm: true (400 naming the field)', async () => {
    const url = `/api/v1/consents/${releaseId}/answer`;
    const noConfirm = await parent.post(url, { decision: 'given', typedName: 'Elena Lopez' });
    expect(noConfirm.statusCode).toBe(400);
    expect(noConfirm.json<Problem>().errors!.map((e) => e.path)).toEqual(['confirm']);
    const falseConfirm = await parent.post(url, { decision: 'given', typedName: 'Elena Lopez', confirm: false });
    expect(falseConfirm.json<Problem>().errors!.map((e) => e.path)).toEqual(['confirm']);
    const stringConfirm = await parent.post(url, { decision: 'given', typedName: 'Elena Lopez', confirm: 'true' });
    expect(stringConfirm.statusCode).toBe(400);
    expect(stringConfirm.json<Problem>().errors!.map((e) => e.path)).toEqual(['confirm']);
    const blankName = await parent.post(url, { decision: 'given', typedName: '   ', confirm: true });
    expect(blankName.statusCode).toBe(400);
    expect(blankName.json<Problem>().errors!.map((e) => e.path)).toEqual(['typedName']);
    const neither = await parent.post(url, { decision: 'given' });
    expect(neither.json<Problem>().errors!.map((e) => e.path)).toEqual(['typedName', 'confirm']);
    const c = (await t.signIn(DEMO.caseManager)).get(`/api/v1/consents/${releaseId}`);
    expect((await c).json<Consent>().status).toBe('requested');
  });

  it('the parent gives consent: time and IP kept, case event consent_given, the case manager notified, audited', async () => {
    const res = await parent.post(`/api/v1/consents/${releaseId}/answer`, {
      decision: 'given',
      typedName: ' Elena Lopez ',
      confirm: true,
    });
    expect(res.statusCode).toBe(200);
    const c = res.json<Consent>();
    expect(c.status).toBe('given');
    expect(c.answer).toMatchObject({
      decision: 'given',
      method: 'portal',
      on: '2026-11-30',
      signerName: 'Elena Lopez',
    });
    expect(c.answer).not.toHaveProperty('ip'); // the family does not get the audit details
    expect(c.abilities).toMatchObject({ answer: false, revoke: true });

    const row = (
      await t.db.query<{ answer_ip: string | null; signer_confirmed: boolean; answered_by_user_id: string }>(
        `SELECT answer_ip, signer_confirmed, answered_by_user_id::text FROM consents WHERE id = $1::uuid`,
        [releaseId],
      )
    )[0]!;
    expect(row.signer_confirmed).toBe(true);
    expect(row.answered_by_user_id).toBe(parentUserId);
    expect(row.answer_ip).toBeTruthy();
    const staffView = (await cm.get(`/api/v1/consents/${releaseId}`)).json<Consent>();
    expect(staffView.answer!.ip).toBe(row.answer_ip);

    const ev = await t.db.query<{ kind: string; occurred_on: string; details: { consentType: string } }>(
      `SELECT kind, occurred_on::text, details FROM case_events WHERE source_id = $1::uuid ORDER BY recorded_at`,
      [releaseId],
    );
    expect(ev.map((e) => [e.kind, e.occurred_on, e.details.consentType])).toEqual([
      ['consent_requested', '2026-11-30', 'release_of_information'],
      ['consent_given', '2026-11-30', 'release_of_information'],
    ]);
    const notes = await t.db.query<{ kind: string; params: Record<string, string> }>(
      `SELECT kind, params FROM notifications WHERE user_id = $1::uuid AND dedupe_key = $2`,
      [cmUserId, `consent:${releaseId}:given`],
    );
    expect(notes).toEqual([
      {
        kind: 'consent_answer',
        params: { student: 'Camila Lopez', type: 'release_of_information', decision: 'given' },
      },
    ]);
    const audit = await t.db.query<{
      outcome: string;
      context: { decision: string; method: string };
      ip: string | null;
    }>(`SELECT outcome, context, ip FROM audit_events WHERE action = 'consent.answer' AND student_id = $1::uuid`, [
      childId,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: 'success', context: { decision: 'given', method: 'portal' } });

    // Answered once: a second answer is refused.
    expect(
      (
        await parent.post(`/api/v1/consents/${releaseId}/answer`, {
          decision: 'refused',
          typedName: 'Elena Lopez',
          confirm: true,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('the consent form as a PDF in English and Spanish, with the answer', async () => {
    const en = await parent.get(`/api/v1/consents/${releaseId}/document.pdf?lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toBe('application/pdf');
    const enText = pdfText(en.rawPayload);
    expect(enText).toContain('Consent to release records');
    expect(enText).toContain('Dr. Ana Ruiz, Valley Speech Clinic');
    expect(enText).toContain('Elena Lopez');
    expect(enText).toContain('signed online');
    const es = pdfText((await parent.get(`/api/v1/consents/${releaseId}/document.pdf?lang=es`)).rawPayload);
    expect(es).toContain('Consentimiento para compartir expedientes');
    expect(es).toContain('firmado en línea');
    expect(es).toContain('Consentimiento otorgado');
    // A pending form has boxes and a signature line to answer on paper.
    const pending = (await cm.get(`/api/v1/students/${childId}/consents`)).json<{ data: Consent[] }>();
    const reeval = pending.data.find((c) => c.status === 'requested')!;
    const pendingText = pdfText((await cm.get(`/api/v1/consents/${reeval.id}/document.pdf?lang=es`)).rawPayload);
    expect(pendingText).toContain('Consentimiento para una reevaluación');
    expect(pendingText).toContain('Firma del padre o la madre');
    expect((await parent.get(`/api/v1/consents/${releaseId}/document.pdf?lang=fr`)).statusCode).toBe(400);
  });

  it('the student reads their own consents but cannot sign; staff record a paper answer (and cannot sign in the portal)', async () => {
    const req = await cm.post(`/api/v1/students/${jamesId}/consents`, {
      type: 'reevaluation',
      description: 'Reevaluation in reading and written expression.',
    });
    expect(req.statusCode).toBe(201);
    const id = req.json<Consent>().id;
    const seen = await student.get(`/api/v1/consents/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<Consent>().abilities).toMatchObject({ answer: false, revoke: false });
    expect(
      (
        await student.post(`/api/v1/consents/${id}/answer`, {
          decision: 'given',
          typedName: 'James Thomas',
          confirm: true,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await cm.post(`/api/v1/consents/${id}/answer`, { decision: 'given', typedName: 'Maria Alvarez', confirm: true }))
        .statusCode,
    ).toBe(403);

    const future = await cm.post(`/api/v1/consents/${id}/answer`, {
      decision: 'refused',
      method: 'paper',
      signedOn: '2026-12-01',
      signerName: 'Parent of James',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json<Problem>().errors!.map((e) => e.path)).toEqual(['signedOn']);
    const noName = await cm.post(`/api/v1/consents/${id}/answer`, {
      decision: 'refused',
      method: 'paper',
      signedOn: '2026-11-30',
    });
    expect(noName.json<Problem>().errors!.map((e) => e.path)).toEqual(['signerName']);
    const ok = await cm.post(`/api/v1/consents/${id}/answer`, {
      decision: 'refused',
      method: 'paper',
      signedOn: '2026-11-30',
      signerName: 'Robin Thomas',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Consent>().answer).toMatchObject({
      decision: 'refused',
      method: 'paper',
      signerName: 'Robin Thomas',
      recordedByName: 'Maria Alvarez',
    });
    const ev = await t.db.query<{ kind: string }>(
      `SELECT kind FROM case_events WHERE source_id = $1::uuid ORDER BY recorded_at`,
      [id],
    );
    expect(ev.map((e) => e.kind)).toEqual(['consent_requested', 'consent_refused']);
    // A refused consent has nothing to revoke.
    expect(
      (
        await cm.post(`/api/v1/consents/${id}/revoke`, {
          method: 'paper',
          signedOn: '2026-11-30',
          signerName: 'Robin Thomas',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('a paper request handed over before it was recorded keeps its real day, so the form signed that day is recorded, not refused', async () => {
    // Asked at a meeting on 2026-11-20, signed there; recorded on 2026-11-30.
    const tooSoon = await cm.post(`/api/v1/students/${jamesId}/consents`, {
      type: 'release_of_information',
      description: 'Release to the community clinic.',
      recordsToRelease: 'Speech evaluation',
      releaseTo: 'Community clinic',
      requestedOn: '2026-12-01',
    });
    expect(tooSoon.statusCode).toBe(400);
    expect(tooSoon.json<Problem>().errors!.map((e) => e.path)).toEqual(['requestedOn']);
    const req = await cm.post(`/api/v1/students/${jamesId}/consents`, {
      type: 'release_of_information',
      description: 'Release to the community clinic.',
      recordsToRelease: 'Speech evaluation',
      releaseTo: 'Community clinic',
      requestedOn: '2026-11-20',
    });
    expect(req.statusCode, req.body).toBe(201);
    const c = req.json<Consent & { requestedOn: string }>();
    expect(c.requestedOn).toBe('2026-11-20');
    const before = await cm.post(`/api/v1/consents/${c.id}/answer`, {
      decision: 'given',
      method: 'paper',
      signedOn: '2026-11-19',
      signerName: 'Robin Thomas',
    });
    expect(before.statusCode).toBe(400); // before the day it was asked: a contradiction, still refused
    const signed = await cm.post(`/api/v1/consents/${c.id}/answer`, {
      decision: 'given',
      method: 'paper',
      signedOn: '2026-11-20',
      signerName: 'Robin Thomas',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const ev = await t.db.query<{ kind: string; on: string }>(
      `SELECT kind, to_char(occurred_on, 'YYYY-MM-DD') AS on FROM case_events WHERE source_id = $1::uuid ORDER BY recorded_at`,
      [c.id],
    );
    expect(ev).toEqual([
      { kind: 'consent_requested', on: '2026-11-20' },
      { kind: 'consent_given', on: '2026-11-20' },
    ]);
  });

  it('revoking consent for services (300.300(b)(4)): written, not retroactive, and a draft prior written notice is started', async () => {
    const req = await cm.post(`/api/v1/students/${childId}/consents`, {
      type: 'initial_services',
      description: 'Speech-language services as offered in the IEP.',
    });
    const id = req.json<Consent>().id;
    expect(
      (
        await parent.post(`/api/v1/consents/${id}/answer`, {
          decision: 'given',
          typedName: 'Elena Lopez',
          confirm: true,
        })
      ).statusCode,
    ).toBe(200);
    const noConfirm = await parent.post(`/api/v1/consents/${id}/revoke`, { typedName: 'Elena Lopez' });
    expect(noConfirm.statusCode).toBe(400);
    expect(noConfirm.json<Problem>().errors!.map((e) => e.path)).toEqual(['confirm']);
    const res = await parent.post(`/api/v1/consents/${id}/revoke`, {
      typedName: 'Elena Lopez',
      confirm: true,
      note: 'We will use a private therapist.',
    });
    expect(res.statusCode).toBe(200);
    const c = res.json<Consent>();
    expect(c.status).toBe('revoked');
    expect(c.revocation).toMatchObject({ on: '2026-11-30', method: 'portal', signerName: 'Elena Lopez' });
    expect(c.revocationEffect).toMatchObject({ endsServices: true, requiresPriorWrittenNotice: true });
    expect(c.noticeId).toBeTruthy();
    const notice = (await cm.get(`/api/v1/notices/${c.noticeId}`)).json<Notice>();
    expect(notice).toMatchObject({ status: 'draft', subject: 'end_of_services', language: 'es' });
    expect(notice.elements.actionDescription).toMatch(/revocó/);
    const ev = await t.db.query<{ kind: string }>(
      `SELECT kind FROM case_events WHERE source_id = $1::uuid ORDER BY recorded_at`,
      [id],
    );
    expect(ev.map((e) => e.kind)).toEqual(['consent_requested', 'consent_given', 'consent_revoked']);
    const notes = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1::uuid AND dedupe_key = $2`,
      [cmUserId, `consent:${id}:revoked`],
    );
    expect(notes[0]!.n).toBe(1);
    // The parent does not see the draft.
    expect((await parent.get(`/api/v1/notices/${c.noticeId}`)).statusCode).toBe(404);
    expect(
      (await parent.post(`/api/v1/consents/${id}/revoke`, { typedName: 'Elena Lopez', confirm: true })).statusCode,
    ).toBe(409);
  });

  let noticeId: string;
  it('a prior written notice cannot be issued until all seven elements are there (422 lists each, with its citation)', async () => {
    const res = await cm.post(`/api/v1/students/${childId}/notices`, {
      action: 'refuses',
      subject: 'educational_placement',
      elements: { actionDescription: 'The district refuses a change of placement to a private school.' },
    });
    expect(res.statusCode).toBe(201);
    const n = res.json<Notice>();
    noticeId = n.id;
    expect(n.language).toBe('es');
    // (4) and (5) start from the standard text in the notice's language.
    expect(n.elements.safeguardsStatement).toMatch(/garantías procesales/);
    expect(n.findings.map((f) => f.citation)).toEqual([
      '34 CFR 300.503(b)(2)',
      '34 CFR 300.503(b)(3)',
      '34 CFR 300.503(b)(6)',
      '34 CFR 300.503(b)(7)',
    ]);

    const refused = await cm.post(`/api/v1/notices/${noticeId}/issue`);
    expect(refused.statusCode).toBe(422);
    const p = refused.json<Problem>();
    expect(p.code).toBe('RULE_VIOLATION');
    expect(p.errors!.map((e) => e.path)).toEqual([
      'elements.reasons',
      'elements.evaluationsUsed',
      'elements.optionsConsidered',
      'elements.otherFactors',
    ]);
    expect(p.errors![0]!.message).toContain('34 CFR 300.503(b)(2)');
    const audit = await t.db.query<{ outcome: string }>(
      `SELECT outcome FROM audit_events WHERE action = 'notice.issue_refused' AND context->>'noticeId' = $1`,
      [noticeId],
    );
    expect(audit.map((a) => a.outcome)).toEqual(['failure']);
    expect((await cm.get(`/api/v1/notices/${noticeId}`)).json<Notice>().status).toBe('draft');
  });

  it('drafts are saved with If-Match or version; a stale version is refused and the newer text survives', async () => {
    const first = await cm.get(`/api/v1/notices/${noticeId}`);
    const etag = first.headers.etag as string;
    expect((await cm.patch(`/api/v1/notices/${noticeId}`, { elements: { reasons: 'x' } })).statusCode).toBe(428);
    const saved = await cm.patch(
      `/api/v1/notices/${noticeId}`,
      {
        elements: {
          reasons: 'Her needs can be met in her current school.',
          evaluationsUsed: 'IEP progress reports; the 2023 evaluation.',
        },
      },
      { 'if-match': etag },
    );
    expect(saved.statusCode).toBe(200);
    const stale = await cm.patch(
      `/api/v1/notices/${noticeId}`,
      { elements: { reasons: 'overwritten' } },
      { 'if-match': etag },
    );
    expect(stale.statusCode).toBe(412);
    const now = (await cm.get(`/api/v1/notices/${noticeId}`)).json<Notice>();
    expect(now.elements.reasons).toBe('Her needs can be met in her current school.');
    const done = await cm.patch(`/api/v1/notices/${noticeId}`, {
      version: now.version,
      elements: {
        optionsConsidered: 'A private school placement: rejected, it is more restrictive than needed.',
        otherFactors: 'None.',
      },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json<Notice>().findings).toEqual([]);
    expect((await parent.patch(`/api/v1/notices/${noticeId}`, { elements: { reasons: 'x' } })).statusCode).toBe(404);
  });

  it('issued: the family sees it (and never a draft); it never changes again; PDF in English and Spanish', async () => {
    const issued = await cm.post(`/api/v1/notices/${noticeId}/issue`);
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({
      status: 'issued',
      issuedOn: '2026-11-30',
      issuedByName: 'Maria Alvarez',
      abilities: { edit: false, issue: false },
    });
    expect(
      (await cm.patch(`/api/v1/notices/${noticeId}`, { version: 99, elements: { reasons: 'x' } })).statusCode,
    ).toBe(409);
    expect((await cm.post(`/api/v1/notices/${noticeId}/issue`)).statusCode).toBe(409);

    const list = (await parent.get(`/api/v1/students/${childId}/notices`)).json<{
      data: Notice[];
      abilities: { create: boolean };
    }>();
    expect(list.abilities.create).toBe(false);
    expect(list.data.every((n) => n.status === 'issued')).toBe(true);
    expect(list.data.map((n) => n.id)).toContain(noticeId);
    const staffList = (await cm.get(`/api/v1/students/${childId}/notices`)).json<{ data: Notice[] }>();
    expect(staffList.data.some((n) => n.status === 'draft')).toBe(true); // the demo draft, and the end-of-services one

    const es = await parent.get(`/api/v1/notices/${noticeId}/document.pdf?lang=es`);
    expect(es.statusCode).toBe(200);
    const esText = pdfText(es.rawPayload);
    expect(esText).toContain('Aviso previo por escrito');
    expect(esText).toContain('El distrito rechaza: la ubicación educativa');
    for (const heading of [
      '1. Lo que el distrito propone o rechaza hacer',
      '2. Por qué',
      '6. Otras opciones consideradas y por qué se rechazaron',
    ])
      expect(esText).toContain(heading);
    expect(esText).toContain('Her needs can be met in her current school.');
    const enText = pdfText((await parent.get(`/api/v1/notices/${noticeId}/document.pdf?lang=en`)).rawPayload);
    expect(enText).toContain('Prior written notice');
    expect(enText).toContain('The district refuses: educational placement');
    expect(enText).toContain('7. Other factors relevant to the decision');
  });

  it('the demo draft lacks element (6); Sofia’s notice was issued', async () => {
    const camila = (await cm.get(`/api/v1/students/${childId}/notices`)).json<{ data: Notice[] }>();
    const demoDraft = camila.data.find((n) => n.status === 'draft' && n.subject === 'reevaluation')!;
    expect(demoDraft.findings.map((f) => f.citation)).toEqual(['34 CFR 300.503(b)(6)']);
    const sofia = (await cm.get(`/api/v1/students/${sofiaId}/notices`)).json<{ data: Notice[] }>();
    expect(sofia.data.map((n) => [n.subject, n.status])).toEqual([['initial_evaluation', 'issued']]);
  });
});
