/**
 * GET /api/v1/plans/{id}/document.pdf: the printed IEP, read back with poppler (pdftotext, pdfinfo,
 * pdffonts) and checked with qpdf, on both engines. Needs poppler-utils and qpdf (Debian packages).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { buildCompleteIep, PLAN_DATES } from './support/plans';

interface PlanBody {
  id: string;
  version: number;
}

/** Typed by the team, with the glyphs a Spanish-speaking team uses. */
const OBJECTIVE_ES =
  'Para diciembre, leerá 75 palabras por minuto — ¿con apoyo? ¡Sí! “Señal acordada” con la maestra (año 2026–2027).';
const STRENGTHS = 'Le encanta el fútbol; pregunta «¿por qué?» y participa en clase.';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** pdftotext's text with runs of whitespace (line breaks inside a paragraph) as one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.each(ENGINES)('plan documents on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let childId: string;
  let planId: string;
  let student: { firstName: string; middleName: string | null; lastName: string };
  let fullName: string;
  let dir: string;
  const iep = buildCompleteIep();
  iep.goals[0]!.objectives = [{ id: 'o1', text: OBJECTIVE_ES }];
  iep.presentLevels.strengths = STRENGTHS;

  async function fetchPdf(c: Client, lang?: string) {
    const res = await c.get(`/api/v1/plans/${planId}/document.pdf${lang ? `?lang=${lang}` : ''}`);
    const file = path.join(dir, `${engine}-${lang ?? 'default'}-${Math.random().toString(36).slice(2)}.pdf`);
    if (res.statusCode === 200) fs.writeFileSync(file, res.rawPayload);
    return { res, file };
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-pdf-'));
    t = await startTestApp(engine);
    cm = await t.signIn(DEMO.caseManager);
    const parent = await t.signIn(DEMO.parent);
    childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    student = (await cm.get(`/api/v1/students/${childId}`)).json<typeof student>();
    fullName = [student.firstName, student.middleName, student.lastName].filter(Boolean).join(' ');
    const created = (await cm.post(`/api/v1/students/${childId}/plans`, { type: 'iep' })).json<PlanBody>();
    planId = created.id;
    const saved = await cm.patch(`/api/v1/plans/${planId}`, { version: created.version, dates: PLAN_DATES, ...iep });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('requires authentication', async () => {
    for (const q of ['', '?lang=es', '?lang=fr']) {
      const res = await t.anonymous.get(`/api/v1/plans/${planId}/document.pdf${q}`);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('prints the IEP in English: real text, every section, the typed goal verbatim, tagged, fonts embedded', async () => {
    const { res, file } = await fetchPdf(cm, 'en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    const ascii = student.lastName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^inline; filename="IEP-${ascii}-2026-09-14\\.pdf"`));
    expect(res.rawPayload.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(res.rawPayload.includes('/Lang (en)')).toBe(true);

    const text = flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
    for (const heading of [
      'Individualized Education Program (IEP)',
      'Present levels of academic achievement and functional performance',
      'Special factors',
      'Measurable annual goals',
      'Short-term objectives or benchmarks',
      'Special education, related services, supplementary aids and supports',
      'Accommodations',
      'Participation in state and district assessments',
      'Placement and least restrictive environment',
      'RC80: Inside the regular class 80% or more of the day',
      'Extended school year',
      'Postsecondary transition',
      'Transfer of rights at the age of majority',
      'Reporting progress to the parents',
      'Minutes and frequency',
      '45 minutes, 4 times a week',
    ]) {
      expect(text, heading).toContain(heading);
    }
    expect(text).toContain(flat(iep.goals[0]!.text));
    expect(text).toContain(flat(iep.goals[1]!.text));
    expect(text).toContain(OBJECTIVE_ES);
    expect(text).toContain(STRENGTHS);
    expect(text).toContain(fullName);
    expect(text).toContain('Plan dates: September 14, 2026 to September 9, 2027');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).not.toContain('Niveles actuales');

    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+Individualized Education Program \\(IEP\\): ${fullName}$`, 'm'));
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(text).toContain(`Page ${pages} of ${pages}`);

    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);

    expect(() => run('qpdf', ['--check', file])).not.toThrow();
  });

  it('prints the IEP in Spanish: headings and fixed text from the catalogue, typed text as typed', async () => {
    const { res, file } = await fetchPdf(cm, 'es');
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.includes('/Lang (es)')).toBe(true);
    const text = flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
    for (const heading of [
      'Programa de Educación Individualizado (IEP)',
      'Niveles actuales de rendimiento académico y desempeño funcional',
      'Factores especiales',
      'Metas anuales medibles',
      'Ubicación y ambiente menos restrictivo',
      'Año escolar extendido',
      'Minutos y frecuencia',
      '45 minutos, 4 veces por semana',
      'Fechas del plan: del 14 de septiembre de 2026 al 9 de septiembre de 2027',
    ]) {
      expect(text, heading).toContain(heading);
    }
    expect(text).toMatch(/Página 1 de \d+/);
    expect(text).toContain(flat(iep.goals[0]!.text)); // typed in English, printed as typed
    expect(text).toContain(OBJECTIVE_ES);
    expect(text).toContain(fullName);
    expect(text).not.toContain('Present levels');
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Programa de Educación Individualizado \(IEP\): /m);
    expect(() => run('qpdf', ['--check', file])).not.toThrow();
  });

  it('defaults to English; any other language is a 400 naming query.lang', async () => {
    const { res, file } = await fetchPdf(cm);
    expect(res.statusCode).toBe(200);
    expect(flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']))).toContain('Measurable annual goals');
    for (const q of ['?lang=fr', '?lang=', '?lang=EN', '?lang=en&x=1']) {
      const bad = await cm.get(`/api/v1/plans/${planId}/document.pdf${q}`);
      expect([q, bad.statusCode]).toEqual([q, 400]);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      const paths = bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
      expect(paths.some((p) => p.startsWith('query.'))).toBe(true);
    }
    const fr = (await cm.get(`/api/v1/plans/${planId}/document.pdf?lang=fr`)).json<{ errors: { path: string }[] }>();
    expect(fr.errors.map((e) => e.path)).toEqual(['query.lang']);
  });

  it('audits each print as plan.print with the language and version, in the same transaction as the read', async () => {
    const before = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'plan.print' AND student_id = $1`,
      [childId],
    );
    expect((await fetchPdf(cm, 'es')).res.statusCode).toBe(200);
    const rows = await t.db.query<{
      outcome: string;
      actor_role: string;
      context: { planId: string; lang: string; version: number; sections: string[] };
    }>(
      `SELECT outcome, actor_role, context FROM audit_events WHERE action = 'plan.print' AND student_id = $1 ORDER BY id DESC`,
      [childId],
    );
    expect(rows.length).toBe(before[0]!.n + 1);
    const current = (await cm.get(`/api/v1/plans/${planId}`)).json<PlanBody>();
    expect(rows[0]).toMatchObject({
      outcome: 'success',
      actor_role: 'case_manager',
      context: { planId, lang: 'es', version: current.version },
    });
    expect(rows[0]!.context.sections).toContain('goals');
  });

  it('once the plan is in effect, the parent prints it; a teacher who may read it may not print it (404, recorded as refused)', async () => {
    expect((await cm.post(`/api/v1/plans/${planId}/finalize`)).statusCode).toBe(200);
    const parent = await t.signIn(DEMO.parent);
    const { res, file } = await fetchPdf(parent, 'es');
    expect(res.statusCode).toBe(200);
    const text = flat(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
    expect(text).toContain('Metas anuales medibles');
    expect(text).not.toContain('Borrador');

    const teacher = await t.signIn(DEMO.teacher);
    expect((await teacher.get(`/api/v1/plans/${planId}`)).statusCode).toBe(200);
    const refused = await teacher.get(`/api/v1/plans/${planId}/document.pdf`);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const denied = await t.db.query<{ outcome: string; actor_role: string }>(
      `SELECT outcome, actor_role FROM audit_events WHERE action = 'plan.print' AND outcome = 'denied' AND student_id = $1`,
      [childId],
    );
    expect(denied).toEqual([{ outcome: 'denied', actor_role: 'teacher' }]);
  });

  it.each([
    [DEMO.parent2, 'the parent of another child'],
    [DEMO.riversideAdmin, 'another district'],
    [DEMO.caseManager2, 'another caseload'],
    [DEMO.teacher2, 'the teacher of another section'],
    [DEMO.student, 'another student'],
  ])('%s (%s) gets 404, exactly like GET /plans/{id}', async (email, _who) => {
    const c = await t.signIn(email);
    const plan = await c.get(`/api/v1/plans/${planId}`);
    const pdf = await c.get(`/api/v1/plans/${planId}/document.pdf?lang=es`);
    expect(pdf.statusCode).toBe(404);
    expect(pdf.headers['content-type']).toContain('application/problem+json');
    expect(pdf.json()).toEqual(plan.json());
  });

  it('an unknown plan id is 404; a malformed one is 400', async () => {
    expect((await cm.get('/api/v1/plans/00000000-0000-4000-8000-000000000000/document.pdf')).statusCode).toBe(404);
    expect((await cm.get('/api/v1/plans/not-a-uuid/document.pdf')).statusCode).toBe(400);
  });
});
