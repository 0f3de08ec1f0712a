/**
 * No answer under /api/ may be kept by a browser or proxy cache: every GET route the app serves — read from Fastify's
 * own route tree, so a route added tomorrow is checked too — answers `Cache-Control: no-store`, called with a real id
 * from the demo, and so do its errors. Only the OpenAPI document, which names no one, opts out.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';

/** Every GET route path, from printRoutes (one node per line, indented four columns per level). */
function getRoutes(tree: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!m) continue;
    stack.length = m[1]!.length / 4;
    stack.push(m[2]!);
    if (
      (m[3] ?? '')
        .split(',')
        .map((s) => s.trim())
        .includes('GET')
    )
      out.push(stack.join(''));
  }
  return out;
}

/** The table behind a path segment (`summaries-of-performance` → summaries_of_performance). */
const TABLES: Record<string, string> = { notices: 'prior_written_notices' };
const OPTED_OUT = new Set(['/api/openapi.json']);

describe.each(ENGINES)('Cache-Control on every API answer on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let districtId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn(DEMO.admin);
    districtId = (
      await t.db.query<{ id: string }>(`SELECT district_id::text AS id FROM users WHERE email = $1`, [DEMO.admin])
    )[0]!.id;
  });
  afterAll(async () => t.close());

  /** A real id for the parameter after `segment`, from the administrator's district (a made-up one where the demo has none). */
  async function realId(segment: string, param: string): Promise<string> {
    if (param === 'file') return 'child-count.csv';
    if (param === 'schoolYear') return '2026-2027';
    const table = TABLES[segment] ?? segment.replace(/-/g, '_');
    const rows = await t.db.query<{ id: string }>(
      `SELECT id::text AS id FROM ${table} WHERE district_id = $1::uuid ORDER BY id LIMIT 1`,
      [districtId],
    );
    // None in the demo (summaries of performance): the 404 must be no-store as well.
    return rows[0]?.id ?? '00000000-0000-4000-8000-000000000000';
  }

  async function concrete(pattern: string): Promise<string> {
    const parts = pattern.split('/');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.startsWith(':')) parts[i] = encodeURIComponent(await realId(parts[i - 1]!, p.slice(1)));
    }
    return parts.join('/');
  }

  it('every GET route under /api/ answers no-store (and the OpenAPI document alone opts out)', async () => {
    const routes = getRoutes(t.app.printRoutes({ commonPrefix: false })).filter((r) => r.startsWith('/api/'));
    // The tree was read: the routes named in the contract are there, and many more.
    expect(routes).toEqual(
      expect.arrayContaining([
        '/api/v1/students',
        '/api/v1/students/:id',
        '/api/v1/students/:id/access-log',
        '/api/v1/me',
        '/api/v1/reports/:file',
      ]),
    );
    expect(routes.length).toBeGreaterThan(40);

    const answers: { route: string; url: string; res: LightMyRequestResponse }[] = [];
    for (const route of routes) {
      const url = await concrete(route);
      answers.push({ route, url, res: await admin.get(url) });
    }
    const missing = answers
      .filter((a) => !OPTED_OUT.has(a.route) && a.res.headers['cache-control'] !== 'no-store')
      .map((a) => `${a.route} (${a.res.statusCode}): ${String(a.res.headers['cache-control'])}`);
    expect(missing).toEqual([]);
    // Real ids: most routes answered with the record itself (the rest are the administrator's 404s and 403s).
    const ok = answers.filter((a) => a.res.statusCode === 200);
    expect(ok.length, answers.map((a) => `${a.res.statusCode} ${a.route}`).join('\n')).toBeGreaterThan(
      routes.length * 0.75,
    );
    // PDFs and CSVs too.
    expect(ok.map((a) => a.res.headers['content-type'])).toEqual(
      expect.arrayContaining([expect.stringContaining('application/pdf'), expect.stringContaining('text/csv')]),
    );
    const openapi = answers.find((a) => a.route === '/api/openapi.json')!;
    expect(openapi.res.statusCode).toBe(200);
    expect(openapi.res.headers['cache-control']).not.toBe('no-store');
  });

  it('errors under /api/ are no-store too: 401, 404, 400', async () => {
    const answers = [
      await t.anonymous.get('/api/v1/students'),
      await admin.get('/api/v1/students/00000000-0000-4000-8000-000000000000'),
      await admin.get('/api/v1/nothing-here'),
      await admin.get('/api/v1/students?limit=0'),
      await admin.get('/api/v1/students/%E0%A4%A'),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([401, 404, 404, 400, 400]);
    for (const r of answers) expect(r.headers['cache-control']).toBe('no-store');
  });
});
