/** Progress reports on annual goals: draft, rate, issue (300.320(a)(3)(ii)), the family reads them in their language. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';

interface Report {
  id: string;
  status: string;
  version: number;
  entries: { goalId: string; rating: string | null; note: string }[];
  goals: { id: string; discipline: string | null }[];
  findings: { path: string }[];
}

const pdfText = (buf: Buffer) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'progress-')), 'r.pdf');
  fs.writeFileSync(file, buf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

describe.each(ENGINES)('progress reports on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let parent: Client;
  let childId: string;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    cm = await t.signIn(DEMO.caseManager);
    parent = await t.signIn(DEMO.parent);
    childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    const plans = (await cm.get(`/api/v1/students/${childId}/plans`)).json<{
      data: { id: string; status: string; type: string }[];
    }>();
    planId = plans.data.find((p) => p.status === 'active' && p.type === 'iep')!.id;
  });
  afterAll(async () => t.close());

  it('drafts, refuses to issue an incomplete report, then issues it: the clock is met and the family told', async () => {
    const list = await cm.get(`/api/v1/plans/${planId}/progress-reports`);
    expect(list.json()).toMatchObject({ data: [], abilities: { edit: true, issue: true } });
    const created = await cm.post(`/api/v1/plans/${planId}/progress-reports`, { periodLabel: 'First quarter 2026–27' });
    expect(created.statusCode).toBe(201);
    let r = created.json<Report>();
    expect(r.entries.map((e) => e.goalId)).toEqual(r.goals.map((g) => g.id));
    expect(r.findings.map((f) => f.path)).toEqual(['entries.0.rating', 'entries.1.rating']);

    const refused = await cm.post(`/api/v1/progress-reports/${r.id}/issue`, { version: r.version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'entries.0.rating',
      'entries.1.rating',
    ]);

    const partial = await cm.patch(`/api/v1/progress-reports/${r.id}`, {
      version: r.version,
      periodLabel: 'First quarter 2026–27',
      entries: [
        { goalId: r.goals[0]!.id, rating: 'insufficient', note: '' },
        { goalId: r.goals[1]!.id, rating: 'sufficient', note: '' },
      ],
    });
    expect(partial.statusCode).toBe(200);
    r = partial.json<Report>();
    expect(r.findings.map((f) => f.path)).toEqual(['entries.0.note']);
    // A stale version is refused, never silently overwritten.
    expect(
      (await cm.patch(`/api/v1/progress-reports/${r.id}`, { version: r.version - 1, periodLabel: 'x', entries: [] }))
        .statusCode,
    ).toBe(409);

    const full = await cm.patch(`/api/v1/progress-reports/${r.id}`, {
      version: r.version,
      periodLabel: 'First quarter 2026–27',
      entries: [
        {
          goalId: r.goals[0]!.id,
          rating: 'insufficient',
          note: 'Probes flat at 64 wcpm; adding a third weekly session.',
        },
        { goalId: r.goals[1]!.id, rating: 'sufficient', note: '/r/ at 65% in words.' },
      ],
    });
    r = full.json<Report>();
    const issued = await cm.post(`/api/v1/progress-reports/${r.id}/issue`, { version: r.version });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', issuedOn: '2026-11-30' });

    // The progress-report clock restarts from today; the event came from the report.
    const deadlines = (await cm.get(`/api/v1/students/${childId}/deadlines`)).json<{
      data: { rule: string; due: string; status: string }[];
    }>();
    expect(deadlines.data.find((d) => d.rule === 'progress-report')).toMatchObject({
      due: '2027-02-28',
      status: 'upcoming',
    });
    const events = (await cm.get(`/api/v1/students/${childId}/events`)).json<{
      data: { kind: string; sourceType: string | null; sourceId: string | null }[];
    }>();
    expect(events.data.find((e) => e.kind === 'progress_report' && e.sourceId === r.id)).toMatchObject({
      sourceType: 'progress_report',
    });
    const notes = await t.db.query<{ message: string }>(
      `SELECT n.message FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = 'progress_report'`,
      [DEMO.parent],
    );
    expect(notes.map((n) => n.message)).toEqual(['progress.notify.issued']);
    // An issued report does not change.
    expect(
      (await cm.patch(`/api/v1/progress-reports/${r.id}`, { version: 99, periodLabel: 'x', entries: [] })).statusCode,
    ).toBe(409);
    await expect(t.db.query(`UPDATE progress_reports SET period_label = 'x' WHERE id = $1`, [r.id])).rejects.toThrow(
      /issued progress report/,
    );
  });

  it('the family sees issued reports only, and reads them in Spanish', async () => {
    const draft = (
      await cm.post(`/api/v1/plans/${planId}/progress-reports`, { periodLabel: 'Second quarter' })
    ).json<Report>();
    const seen = (await parent.get(`/api/v1/plans/${planId}/progress-reports`)).json<{
      data: Report[];
      abilities: { edit: boolean };
    }>();
    expect(seen.abilities.edit).toBe(false);
    expect(seen.data.every((x) => x.status === 'issued')).toBe(true);
    expect(seen.data.length).toBeGreaterThanOrEqual(1);
    expect((await parent.get(`/api/v1/progress-reports/${draft.id}`)).statusCode).toBe(404);
    expect((await parent.get(`/api/v1/progress-reports/${draft.id}/document.pdf`)).statusCode).toBe(404);
    const pdf = await parent.get(`/api/v1/progress-reports/${seen.data[0]!.id}/document.pdf?lang=es`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Informe de progreso sobre las metas anuales');
    expect(text).toContain('No avanza lo suficiente para lograr la meta');
    expect(text).toContain('Probes flat at 64 wcpm');
    expect(
      pdfText((await parent.get(`/api/v1/progress-reports/${seen.data[0]!.id}/document.pdf?lang=en`)).rawPayload),
    ).toContain('Not making enough progress to meet the goal');
  });

  it('a provider reports on the goals of their discipline only', async () => {
    const slp = await t.signIn(DEMO.provider);
    const r = (
      await slp.post(`/api/v1/plans/${planId}/progress-reports`, { periodLabel: 'SLP check-in' })
    ).json<Report>();
    const slpGoal = r.goals.find((g) => g.discipline === 'slp')!;
    const other = r.goals.find((g) => g.discipline !== 'slp')!;
    const ok = await slp.patch(`/api/v1/progress-reports/${r.id}`, {
      version: r.version,
      periodLabel: 'SLP check-in',
      entries: [{ goalId: slpGoal.id, rating: 'sufficient', note: '' }],
    });
    expect(ok.statusCode).toBe(200);
    const v = ok.json<Report>().version;
    const refused = await slp.patch(`/api/v1/progress-reports/${r.id}`, {
      version: v,
      periodLabel: 'SLP check-in',
      entries: [{ goalId: other.id, rating: 'mastered', note: '' }],
    });
    expect(refused.statusCode).toBe(403);
    expect((await slp.post(`/api/v1/progress-reports/${r.id}/issue`, { version: v })).statusCode).toBe(403);
    const bad = await slp.patch(`/api/v1/progress-reports/${r.id}`, {
      version: v,
      periodLabel: '',
      entries: [{ goalId: slpGoal.id, rating: 'great', note: '' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/periodLabel|rating/);
  });

  it('outsiders get 404 on every progress route; the teacher does not receive the reports', async () => {
    const issued = (await parent.get(`/api/v1/plans/${planId}/progress-reports`)).json<{ data: Report[] }>().data[0]!;
    for (const email of [
      DEMO.parent2,
      DEMO.riversideAdmin,
      DEMO.riversideParent,
      DEMO.caseManager2,
      DEMO.teacher2,
      DEMO.student,
      DEMO.provider2,
    ]) {
      const c = await t.signIn(email);
      expect((await c.get(`/api/v1/plans/${planId}/progress-reports`)).statusCode, email).toBe(404);
      expect((await c.get(`/api/v1/progress-reports/${issued.id}`)).statusCode, email).toBe(404);
      expect((await c.get(`/api/v1/progress-reports/${issued.id}/document.pdf`)).statusCode, email).toBe(404);
      expect((await c.post(`/api/v1/plans/${planId}/progress-reports`, { periodLabel: 'x' })).statusCode, email).toBe(
        404,
      );
    }
    const teacher = await t.signIn(DEMO.teacher);
    expect((await teacher.get(`/api/v1/progress-reports/${issued.id}`)).statusCode).toBe(404);
    expect((await t.anonymous.get(`/api/v1/progress-reports/${issued.id}`)).statusCode).toBe(401);
  });
});
