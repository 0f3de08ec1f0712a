/**
 * The family's portal on both engines: concerns and student input (and adding one to the draft IEP), records
 * requests (a case event with its 45-day clock), meeting requests, the preparation checklist, and the
 * plain-language procedural safeguards notice (read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';

interface Input {
  id: string;
  kind: string;
  text: string;
  authorName: string;
  planId: string | null;
  acknowledgedByName: string | null;
}
interface InputList {
  data: Input[];
  abilities: { addInput: string | null; manage: boolean; readInput: string };
  draftPlanId: string | null;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.each(ENGINES)('family portal on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let parent: Client;
  let parent2: Client;
  let student: Client;
  let childId: string;
  let child2Id: string;
  let studentSelfId: string;
  let cmUserId: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-family-'));
    t = await startTestApp(engine);
    cm = await t.signIn(DEMO.caseManager);
    parent = await t.signIn(DEMO.parent);
    parent2 = await t.signIn(DEMO.parent2);
    student = await t.signIn(DEMO.student);
    childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    child2Id = (await parent2.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    studentSelfId = (await student.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    cmUserId = (
      await t.db.query<{ id: string }>(`SELECT id::text AS id FROM users WHERE email = $1`, [DEMO.caseManager])
    )[0]!.id;
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const notificationsOf = (userId: string, kind: string, studentId: string) =>
    t.db.query<{ message: string; params: Record<string, string> }>(
      `SELECT message, params FROM notifications WHERE user_id = $1::uuid AND kind = $2 AND student_id = $3::uuid ORDER BY created_at`,
      [userId, kind, studentId],
    );

  it('requires authentication', async () => {
    const id = crypto.randomUUID();
    for (const [method, url] of [
      ['GET', `/api/v1/students/${id}/family-input`],
      ['POST', `/api/v1/students/${id}/family-input`],
      ['POST', `/api/v1/family-input/${id}/add-to-draft`],
      ['POST', `/api/v1/family-input/${id}/acknowledge`],
      ['GET', `/api/v1/students/${id}/records-requests`],
      ['POST', `/api/v1/students/${id}/records-requests`],
      ['GET', `/api/v1/students/${id}/meeting-requests`],
      ['POST', `/api/v1/students/${id}/meeting-requests`],
      ['PATCH', `/api/v1/meeting-requests/${id}`],
      ['GET', `/api/v1/meetings/${id}/preparation`],
      ['PUT', `/api/v1/meetings/${id}/preparation`],
      ['POST', `/api/v1/meetings/${id}/preparation/share`],
      ['GET', `/api/v1/meetings/${id}/preparations`],
      ['GET', '/api/v1/procedural-safeguards.pdf'],
    ] as const) {
      const res = await t.anonymous.request({ method, url, payload: method === 'GET' ? undefined : {} });
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('a parent adds a concern; the case manager sees it (with the seeded one) and is notified; the parent sees only their own', async () => {
    const res = await parent.post(`/api/v1/students/${childId}/family-input`, {
      text: '  Le cuesta leer en voz alta y se pone nerviosa.  ',
    });
    expect(res.statusCode).toBe(201);
    const added = res.json<Input>();
    expect(added).toMatchObject({
      kind: 'parent_concern',
      text: 'Le cuesta leer en voz alta y se pone nerviosa.',
      planId: null,
    });

    const mine = (await parent.get(`/api/v1/students/${childId}/family-input`)).json<InputList>();
    expect(mine.abilities).toMatchObject({ addInput: 'parent_concern', manage: false, readInput: 'own' });
    expect(mine.data.map((i) => i.id)).toContain(added.id);

    const staff = (await cm.get(`/api/v1/students/${childId}/family-input`)).json<InputList>();
    expect(staff.abilities.manage).toBe(true);
    expect(staff.data.map((i) => i.id)).toContain(added.id);
    expect(staff.data.length).toBeGreaterThanOrEqual(2); // the demo concern too

    const notes = await notificationsOf(cmUserId, 'family_input', childId);
    expect(notes.map((n) => n.message)).toContain('notify.family.concern');

    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'family.input.add' AND student_id = $1::uuid AND context->>'inputId' = $2`,
      [childId, added.id],
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('refuses empty or too long input, naming the field', async () => {
    const empty = await parent.post(`/api/v1/students/${childId}/family-input`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('text');
    const long = await parent.post(`/api/v1/students/${childId}/family-input`, { text: 'x'.repeat(4001) });
    expect(long.statusCode).toBe(400);
    expect(long.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('text');
    const extra = await parent.post(`/api/v1/students/${childId}/family-input`, { text: 'ok', kind: 'student_input' });
    expect(extra.statusCode).toBe(400);
  });

  it('staff add a concern to the shared draft IEP of L1010; the present levels contain it, the version moves, plan.update is audited', async () => {
    const text = 'Jackson needs more time to finish written work at home.';
    const added = (await parent2.post(`/api/v1/students/${child2Id}/family-input`, { text })).json<Input>();
    const list = (await cm.get(`/api/v1/students/${child2Id}/family-input`)).json<InputList>();
    expect(list.draftPlanId).not.toBeNull();
    const before = (await cm.get(`/api/v1/plans/${list.draftPlanId}`)).json<{
      version: number;
      content: { presentLevels?: { parentConcerns: string } };
    }>();

    const res = await cm.post(`/api/v1/family-input/${added.id}/add-to-draft`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ input: Input; plan: { id: string; version: number; field: string } }>();
    expect(body.plan).toEqual({ id: list.draftPlanId, version: before.version + 1, field: 'parentConcerns' });
    expect(body.input.planId).toBe(list.draftPlanId);
    expect(body.input.acknowledgedByName).toBe('Maria Alvarez');

    const after = (await cm.get(`/api/v1/plans/${list.draftPlanId}`)).json<{
      version: number;
      content: { presentLevels: { parentConcerns: string; academic: string } };
    }>();
    expect(after.version).toBe(before.version + 1);
    expect(after.content.presentLevels.parentConcerns).toContain(text);
    expect(after.content.presentLevels.parentConcerns).toContain(added.authorName);
    // What the team had written stays.
    if (before.content.presentLevels?.parentConcerns)
      expect(
        after.content.presentLevels.parentConcerns.startsWith(before.content.presentLevels.parentConcerns.trimEnd()),
      ).toBe(true);
    // The parent reads the shared draft and sees their words.
    const seen = (await parent2.get(`/api/v1/plans/${list.draftPlanId}`)).json<{
      content: { presentLevels: { parentConcerns: string } };
    }>();
    expect(seen.content.presentLevels.parentConcerns).toContain(text);

    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE student_id = $1::uuid AND context->>'familyInputId' = $2`,
      [child2Id, added.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['plan.update']);

    const again = await cm.post(`/api/v1/family-input/${added.id}/add-to-draft`);
    expect(again.statusCode).toBe(409);
    // The parent is told, and may not do it themselves.
    expect((await parent2.post(`/api/v1/family-input/${added.id}/add-to-draft`)).statusCode).toBe(403);
  });

  it('with no draft IEP, adding to the draft is refused (409) and nothing changes', async () => {
    const list = (await cm.get(`/api/v1/students/${childId}/family-input`)).json<InputList>();
    if (list.draftPlanId !== null) throw new Error('the demo gives L1001 no draft IEP; this test expects none');
    const res = await cm.post(`/api/v1/family-input/${list.data[0]!.id}/add-to-draft`);
    expect(res.statusCode).toBe(409);
    const ack = await cm.post(`/api/v1/family-input/${list.data[0]!.id}/acknowledge`);
    expect(ack.statusCode).toBe(200);
    expect(ack.json<Input>().acknowledgedByName).toBe('Maria Alvarez');
  });

  it('the student (16) adds student input; a teacher may not add or list', async () => {
    const res = await student.post(`/api/v1/students/${studentSelfId}/family-input`, {
      text: 'I work better with headphones in study hall.',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Input>().kind).toBe('student_input');
    const teacher = await t.signIn(DEMO.teacher);
    const taught = (await teacher.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    expect((await teacher.post(`/api/v1/students/${taught}/family-input`, { text: 'x' })).statusCode).toBe(403);
    expect((await teacher.get(`/api/v1/students/${taught}/family-input`)).statusCode).toBe(404);
  });

  it('a records request is a case event on the case clock (45 days, or before the next IEP meeting); the case manager is notified', async () => {
    const res = await parent.post(`/api/v1/students/${childId}/records-requests`, {
      scope: 'La última evaluación del habla',
    });
    expect(res.statusCode).toBe(201);
    const rr = res.json<{
      id: string;
      requestedOn: string;
      due: string;
      citation: string;
      status: string;
      requestedBy: string;
    }>();
    // 45 days after 2026-11-30, unless a scheduled IEP meeting comes first: then the day before it (300.613(a)).
    const next = (
      await t.db.query<{ d: string }>(
        `SELECT to_char(min(meeting_date), 'YYYY-MM-DD') AS d FROM meetings WHERE student_id = $1::uuid AND status = 'scheduled' AND meeting_date > '2026-11-30'`,
        [childId],
      )
    )[0]?.d;
    const dayBefore = next ? new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : null;
    const expected = dayBefore && dayBefore < '2027-01-14' ? dayBefore : '2027-01-14';
    expect(rr).toMatchObject({ requestedOn: '2026-11-30', due: expected, citation: '34 CFR 300.613(a)' });
    expect(['upcoming', 'due_soon']).toContain(rr.status);

    const events = await t.db.query<{
      kind: string;
      details: { requestedBy: string; scope: string };
      occurredOn: string;
      sourceType: string;
    }>(
      `SELECT kind, details, to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", source_type AS "sourceType" FROM case_events WHERE id = $1::uuid AND student_id = $2::uuid`,
      [rr.id, childId],
    );
    expect(events).toEqual([
      {
        kind: 'records_request',
        details: { requestedBy: rr.requestedBy, scope: 'La última evaluación del habla' },
        occurredOn: '2026-11-30',
        sourceType: 'family',
      },
    ]);

    // The case manager's deadlines show the same clock.
    const deadlines = (await cm.get(`/api/v1/students/${childId}/deadlines`)).json<{
      data: { rule: string; due: string; citation: string }[];
    }>();
    expect(deadlines.data.filter((d) => d.rule === 'records-request').map((d) => d.due)).toContain(rr.due);

    const notes = await notificationsOf(cmUserId, 'records_request', childId);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ message: 'notify.family.recordsRequest', params: { due: rr.due } });

    const list = (await parent.get(`/api/v1/students/${childId}/records-requests`)).json<{
      data: { id: string; due: string }[];
    }>();
    expect(list.data.find((r) => r.id === rr.id)?.due).toBe(rr.due);
    const staff = (await cm.get(`/api/v1/students/${childId}/records-requests`)).json<{ data: { id: string }[] }>();
    expect(staff.data.map((r) => r.id)).toContain(rr.id);
  });

  it('a parent asks for a meeting; the case manager sees it and closes it once; the parent sees the answer', async () => {
    const res = await parent.post(`/api/v1/students/${childId}/meeting-requests`, {
      reason: 'Hablar del progreso en lectura',
      preferredTimes: 'Lunes por la tarde',
    });
    expect(res.statusCode).toBe(201);
    const req = res.json<{ id: string; status: string; version: number }>();
    expect(req.status).toBe('open');
    expect((await notificationsOf(cmUserId, 'meeting_request', childId)).map((n) => n.message)).toContain(
      'notify.family.meetingRequest',
    );

    const staff = (await cm.get(`/api/v1/students/${childId}/meeting-requests`)).json<{
      data: { id: string; status: string }[];
    }>();
    expect(staff.data.filter((r) => r.status === 'open').length).toBeGreaterThanOrEqual(2); // the demo request too
    expect(
      (
        await parent.request({
          method: 'PATCH',
          url: `/api/v1/meeting-requests/${req.id}`,
          payload: { status: 'closed', version: req.version },
        })
      ).statusCode,
    ).toBe(403);
    const closed = await cm.request({
      method: 'PATCH',
      url: `/api/v1/meeting-requests/${req.id}`,
      payload: { status: 'scheduled', note: 'Dec 3, 3:45 pm' },
      headers: { 'if-match': `"${req.id}.${req.version}"` },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'scheduled',
      handledByName: 'Maria Alvarez',
      handledNote: 'Dec 3, 3:45 pm',
      version: req.version + 1,
    });
    expect(closed.headers.etag).toBe(`"${req.id}.${req.version + 1}"`);
    // Once answered, it stays answered: a second answer is refused for what it is (409), whatever version it names.
    expect(
      (
        await cm.request({
          method: 'PATCH',
          url: `/api/v1/meeting-requests/${req.id}`,
          payload: { status: 'closed', version: req.version + 1 },
        })
      ).statusCode,
    ).toBe(409);
    const mine = (await parent.get(`/api/v1/students/${childId}/meeting-requests`)).json<{
      data: { id: string; status: string }[];
    }>();
    expect(mine.data.find((r) => r.id === req.id)!.status).toBe('scheduled');
    const empty = await parent.post(`/api/v1/students/${childId}/meeting-requests`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('reason');
  });

  it('the parent fills in a preparation checklist for a meeting, saves it (stale versions refused) and shares it with the team', async () => {
    const meetingId = crypto.randomUUID();
    await t.db.query(
      `INSERT INTO meetings (id, district_id, student_id, purpose, meeting_date, start_time, starts_at, time_zone, location, created_by_name)
       SELECT $1::uuid, s.district_id, s.id, 'annual', '2026-12-10', '15:30', '2026-12-10T23:30:00Z', 'America/Los_Angeles', 'Room 12', 'Test'
         FROM students s WHERE s.id = $2::uuid`,
      [meetingId, childId],
    );
    const url = `/api/v1/meetings/${meetingId}/preparation`;
    const first = await parent.get(url);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      version: 0,
      checklist: { items: [] },
      progress: { done: 0, total: 12 },
      sharedAt: null,
    });

    const put = (body: unknown) => parent.request({ method: 'PUT', url, payload: body as Record<string, unknown> });
    const saved = await put({
      version: 0,
      items: ['list_questions', 'read_current_plan'],
      notes: { strengths: 'Le encanta dibujar', questions: '¿Quién estará?' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      checklist: { items: ['read_current_plan', 'list_questions'], notes: { strengths: 'Le encanta dibujar' } },
      progress: { done: 4 },
    });
    expect((await put({ version: 0, items: [], notes: {} })).statusCode).toBe(409);
    const bad = await put({ version: 1, items: ['bake_a_cake'], notes: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('items.0');

    const share = await parent.post(`${url}/share`);
    expect(share.statusCode).toBe(200);
    expect(share.json<{ sharedAt: string | null }>().sharedAt).not.toBeNull();
    expect((await notificationsOf(cmUserId, 'family_input', childId)).map((n) => n.message)).toContain(
      'notify.family.preparationShared',
    );

    const team = (await cm.get(`/api/v1/meetings/${meetingId}/preparations`)).json<{
      data: { authorName: string; checklist: { notes: { strengths: string } } }[];
    }>();
    expect(team.data).toHaveLength(1);
    expect(team.data[0]!.checklist.notes.strengths).toBe('Le encanta dibujar');
    // A change saved afterwards stays the family's own until they share again.
    expect(
      (await put({ version: 1, items: ['list_questions'], notes: { strengths: 'Borrador privado' } })).statusCode,
    ).toBe(200);
    const stillShared = (await cm.get(`/api/v1/meetings/${meetingId}/preparations`)).json<typeof team>();
    expect(stillShared.data[0]!.checklist.notes.strengths).toBe('Le encanta dibujar');
    expect((await parent.post(`${url}/share`)).statusCode).toBe(200);
    const reshared = (await cm.get(`/api/v1/meetings/${meetingId}/preparations`)).json<typeof team>();
    expect(reshared.data[0]!.checklist.notes.strengths).toBe('Borrador privado');
    // The case manager has no checklist of their own here; the other family may not reach the meeting.
    expect((await cm.get(url)).statusCode).toBe(403);
    expect((await parent2.get(url)).statusCode).toBe(404);
    expect((await t.signIn(DEMO.parent)).csrfToken).not.toBeNull();
  });

  it('the procedural safeguards notice, in English and Spanish, has the sections 300.504(c) lists', async () => {
    const sections = {
      en: [
        'Your rights in special education',
        'Prior written notice',
        'Parental consent',
        'Independent educational evaluation',
        "Your child's records",
        '45 days',
        'Mediation',
        'State complaint',
        'within 60 days',
        'Due process',
        'within 15 days',
        'within 45 days',
        'placement while you disagree',
        'private school',
        'Discipline',
        'manifestation determination',
        'Going to court',
        "Attorneys' fees",
      ],
      es: [
        'Sus derechos en la educación especial',
        'Aviso previo por escrito',
        'Consentimiento de los padres',
        'Evaluación educativa independiente',
        'Los expedientes de su hijo',
        '45 días',
        'Mediación',
        'Queja estatal',
        'plazo de 60 días',
        'debido proceso',
        'plazo de 15 días',
        'plazo de 45 días',
        'mientras hay un desacuerdo',
        'escuela privada',
        'Disciplina',
        'determinación de manifestación',
        'Acudir a los tribunales',
        'Honorarios de abogados',
      ],
    } as const;
    for (const lang of ['en', 'es'] as const) {
      const res = await parent.get(`/api/v1/procedural-safeguards.pdf?lang=${lang}&studentId=${childId}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const file = path.join(dir, `${engine}-${lang}.pdf`);
      fs.writeFileSync(file, res.rawPayload);
      const text = flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).replace(/[’]/g, "'");
      for (const s of sections[lang]) expect(text, `${lang}: ${s}`).toContain(s);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
    }
    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'family.safeguards.download' AND student_id = $1::uuid`,
      [childId],
    );
    expect(audit[0]!.n).toBe(2);
    expect((await parent.get('/api/v1/procedural-safeguards.pdf?lang=fr')).statusCode).toBe(400);
  });
});
