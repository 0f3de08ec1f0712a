/**
 * Every failure is RFC 9457 problem+json with type/title/status/detail/code, the right status, the
 * offending field named in errors[].path, and never a stack trace, SQL text or student data.
 * Also: the OpenAPI 3.1 document lists every /api/v1 route.
 */
import type { FastifyRequest, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/domain/errors';
import { toProblem } from '../src/server/errors';
import { problemSchema } from '../src/server/schemas';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { anyString } from './support/match';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { path: string; message: string }[];
}

interface StudentRow {
  id: string;
  firstName: string;
  lastName: string;
  localId: string;
  version: number;
  spedStatus: string;
  primaryDisability: string | null;
}

const LEAKS = [
  /\n\s+at\s/, // a stack frame
  /\bat \S+ \(.*:\d+:\d+\)/,
  /node_modules|\/src\/|\.ts:\d+/,
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|WHERE|RETURNING)\b/, // SQL
  /\b(syntax error|invalid input syntax|violates|relation "|column "|duplicate key|SQLSTATE|pg_)/i,
];

describe.each(ENGINES)('API errors on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let student: StudentRow;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn(DEMO.admin);
    const rows = await t.db.query<StudentRow>(
      `SELECT s.id::text AS "id", s.first_name AS "firstName", s.last_name AS "lastName", s.local_id AS "localId", s.version,
              s.sped_status AS "spedStatus", s.primary_disability AS "primaryDisability"
         FROM students s JOIN users u ON u.district_id = s.district_id
        WHERE u.email = $1 AND s.sped_status = 'referred' ORDER BY s.local_id LIMIT 1`,
      [DEMO.admin],
    );
    student = rows[0]!;
  });
  afterAll(async () => t.close());

  const url = () => `/api/v1/students/${student.id}`;
  const current = async () =>
    (await t.db.query<{ version: number }>(`SELECT version FROM students WHERE id = $1::uuid`, [student.id]))[0]!
      .version;
  const send = (opts: InjectOptions) => admin.request(opts);

  /** The shape every failure has, and what it must never contain. */
  function expectProblem(res: LightMyRequestResponse, status: number, code: string): Problem {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const p = res.json<Problem>();
    expect(typeof p.type).toBe('string');
    expect(p.type.length).toBeGreaterThan(0);
    expect(typeof p.title).toBe('string');
    expect(p.title.length).toBeGreaterThan(0);
    expect(p.status).toBe(status);
    expect(typeof p.detail).toBe('string');
    expect(p.code).toBe(code);
    for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
    for (const secret of [student.firstName, student.lastName, student.localId]) expect(res.body).not.toContain(secret);
    if (p.errors) for (const e of p.errors) expect(e).toEqual({ path: anyString(), message: anyString() });
    return p;
  }
  const paths = (p: Problem) => (p.errors ?? []).map((e) => e.path);

  describe('malformed requests', () => {
    it('a body that is not JSON is 400', async () => {
      const res = await send({
        method: 'PATCH',
        url: url(),
        payload: '{"version": 1,',
        headers: { 'content-type': 'application/json' },
      });
      const p = expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(paths(p)).toEqual(['(body)']);
    });

    it('wrong types are 400 naming each field', async () => {
      const res = await admin.patch(url(), { version: await current(), englishLearner: 'yes', grade: 5 });
      const p = expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(paths(p)).toEqual(expect.arrayContaining(['englishLearner', 'grade']));
    });

    it('a version that is not a positive integer is 400 naming version', async () => {
      for (const version of [1.5, 0, -3, '1']) {
        const p = expectProblem(await admin.patch(url(), { version, englishLearner: true }), 400, 'VALIDATION_FAILED');
        expect(paths(p)).toContain('version');
      }
    });

    it('an unknown body field is 400 naming the field', async () => {
      const res = await admin.patch(url(), { version: await current(), firstName: 'Mallory' });
      const p = expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(paths(p)).toEqual(['firstName']);
      expect(res.body).not.toContain('Mallory');
    });

    it('an unknown query parameter is 400 naming it', async () => {
      const p = expectProblem(await admin.get('/api/v1/students?sortBy=ssn'), 400, 'VALIDATION_FAILED');
      expect(paths(p)).toEqual(['query.sortBy']);
    });

    it('a body over 1 MiB is 413 and changes nothing', async () => {
      const before = await current();
      const payload = JSON.stringify({ version: before, stateId: 'x'.repeat(1024 * 1024 + 1) });
      const res = await send({ method: 'PATCH', url: url(), payload, headers: { 'content-type': 'application/json' } });
      expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
      expect(await current()).toBe(before);
    });

    it.each([
      ['GET', ''],
      ['GET', '/access-log'],
      ['PATCH', ''],
    ] as const)('a bad id on %s /students/{id}%s is 400 naming params.id', async (method, suffix) => {
      const res = await send({
        method,
        url: `/api/v1/students/not-a-uuid${suffix}`,
        ...(method === 'PATCH' ? { payload: { version: 1 } } : {}),
      });
      const p = expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(paths(p)).toEqual(['params.id']);
    });

    it.each([
      ['GET', '/api/v1/nothing-here'],
      ['GET', '/api/v2/students'],
      ['POST', '/api/v1/students'],
      ['PUT', '/api/v1/students/00000000-0000-4000-8000-000000000000'],
      ['DELETE', '/api/v1/students'],
    ] as const)('an unknown route (%s %s) is 404', async (method, path) => {
      expectProblem(await send({ method, url: path }), 404, 'NOT_FOUND');
      expectProblem(await t.anonymous.request({ method, url: path }), 404, 'NOT_FOUND');
    });

    it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'a %s body is 415 and changes nothing',
      async (contentType) => {
        const before = await current();
        const res = await send({
          method: 'PATCH',
          url: url(),
          payload: `{"version":${before},"englishLearner":true}`,
          headers: { 'content-type': contentType },
        });
        expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
        expect(await current()).toBe(before);
      },
    );

    it.each([
      ['limit=0', 'query.limit'],
      ['limit=201', 'query.limit'],
      ['limit=ten', 'query.limit'],
      ['limit=2.5', 'query.limit'],
      ['schoolId=lincoln-high', 'query.schoolId'],
      ['status=graduated', 'query.status'],
      ['cursor=not-a-cursor', 'query.cursor'],
    ])('an invalid query (%s) is 400 naming %s', async (query, path) => {
      const p = expectProblem(await admin.get(`/api/v1/students?${query}`), 400, 'VALIDATION_FAILED');
      expect(paths(p)).toEqual([path]);
    });

    it('a forged cursor (well-formed JSON, not a real position) is 400, not a database error', async () => {
      const forged = [
        { lastName: 'a', firstName: 'b', id: '------------------------------------' },
        { lastName: 'a', firstName: 'b', id: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz' },
        { lastName: 'a\u0000', firstName: 'b', id: '00000000-0000-4000-8000-000000000000' },
        { lastName: 1, firstName: 'b', id: '00000000-0000-4000-8000-000000000000' },
      ];
      for (const c of forged) {
        const cursor = Buffer.from(JSON.stringify(c)).toString('base64url');
        const p = expectProblem(await admin.get(`/api/v1/students?cursor=${cursor}`), 400, 'VALIDATION_FAILED');
        expect(paths(p)).toEqual(['query.cursor']);
      }
    });

    it('an access-log `before` beyond the id range is 400 naming query.before, not a database error', async () => {
      for (const before of ['9999999999999999999', '9223372036854775808', 'abc', '-1']) {
        const p = expectProblem(await admin.get(`${url()}/access-log?before=${before}`), 400, 'VALIDATION_FAILED');
        expect(paths(p)).toEqual(['query.before']);
      }
      expect((await admin.get(`${url()}/access-log?before=9223372036854775807`)).statusCode).toBe(200);
    });

    it('a NUL character in text input is 400, not a database error', async () => {
      const cases: [Promise<LightMyRequestResponse>, string][] = [
        [admin.get('/api/v1/students?q=a%00b'), 'query.q'],
        [admin.get(`${url()}?purpose=${encodeURIComponent('audit\u0000')}`), 'query.purpose'],
        [admin.patch(url(), { version: await current(), stateId: 'CA\u0000123' }), 'stateId'],
        [t.anonymous.post('/api/v1/session', { email: 'admin\u0000@lincoln.demo', password: 'x' }), 'email'],
      ];
      for (const [req, path] of cases) {
        const p = expectProblem(await req, 400, 'VALIDATION_FAILED');
        expect(paths(p)).toEqual([path]);
      }
    });
  });

  describe('editing rules', () => {
    it('a stale body version is 409', async () => {
      const v = await current();
      const ok = await admin.patch(url(), { version: v, englishLearner: true });
      expect(ok.statusCode, ok.body).toBe(200);
      const res = await admin.patch(url(), { version: v, englishLearner: false });
      expectProblem(res, 409, 'VERSION_STALE');
      expect(await current()).toBe(v + 1);
    });

    it('an If-Match with an old ETag is 412; the current one succeeds', async () => {
      const got = await admin.get(url());
      const etag = got.headers.etag as string;
      expect(etag).toMatch(/^"/);
      const ok = await admin.patch(url(), { englishLearner: false }, { 'if-match': etag });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.headers.etag).not.toBe(etag);
      const stale = await admin.patch(url(), { englishLearner: true }, { 'if-match': etag });
      expectProblem(stale, 412, 'PRECONDITION_FAILED');
      expectProblem(
        await admin.patch(url(), { englishLearner: true }, { 'if-match': '"something-else"' }),
        412,
        'PRECONDITION_FAILED',
      );
      const fresh = await admin.patch(url(), { englishLearner: true }, { 'if-match': ok.headers.etag as string });
      expect(fresh.statusCode, fresh.body).toBe(200);
    });

    it('no version at all is 428 naming version, and changes nothing', async () => {
      const before = await current();
      const p = expectProblem(await admin.patch(url(), { englishLearner: false }), 428, 'VERSION_REQUIRED');
      expect(paths(p)).toEqual(['version']);
      expect(await current()).toBe(before);
    });

    it("spedStatus 'eligible_iep' with primaryDisability null is 422 naming primaryDisability", async () => {
      const before = await current();
      const res = await admin.patch(url(), { version: before, spedStatus: 'eligible_iep', primaryDisability: null });
      const p = expectProblem(res, 422, 'RULE_VIOLATION');
      expect(paths(p)).toContain('primaryDisability');
      expect(await current()).toBe(before);
    });

    it('a disability category on a student who is not eligible is 422', async () => {
      const before = await current();
      const res = await admin.patch(url(), { version: before, spedStatus: 'plan_504', primaryDisability: 'autism' });
      const p = expectProblem(res, 422, 'RULE_VIOLATION');
      expect(paths(p)).toContain('primaryDisability');
      expect(await current()).toBe(before);
    });
  });

  describe('authentication failures are problems too', () => {
    it('401 without a session, 403 without the CSRF token, 401 for a bad password', async () => {
      expectProblem(await t.anonymous.get(url()), 401, 'UNAUTHENTICATED');
      const noCsrf = await t.app.inject({
        method: 'PATCH',
        url: url(),
        payload: { version: 1 },
        headers: { cookie: admin.cookie ?? '' },
      });
      expectProblem(noCsrf, 403, 'CSRF_TOKEN_MISSING');
      expectProblem(
        await t.anonymous.post('/api/v1/session', { email: DEMO.admin, password: 'nope' }),
        401,
        'INVALID_CREDENTIALS',
      );
      const p = expectProblem(
        await t.anonymous.post('/api/v1/session', { email: DEMO.admin }),
        400,
        'VALIDATION_FAILED',
      );
      expect(paths(p)).toEqual(['password']);
    });
  });

  describe('OpenAPI', () => {
    /** Every route the app serves, read from Fastify's own route tree. */
    function servedRoutes(): { method: string; path: string }[] {
      const out: { method: string; path: string }[] = [];
      const stack: string[] = [];
      for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
        const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
        if (!m) continue;
        const depth = m[1]!.length / 4;
        stack.length = depth;
        stack.push(m[2]!);
        const full = stack.join('');
        for (const method of (m[3] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean))
          out.push({ method, path: full });
      }
      return out;
    }

    it('GET /api/openapi.json is OpenAPI 3.1 and documents every /api/v1 route', async () => {
      const res = await t.anonymous.get('/api/openapi.json');
      expect(res.statusCode).toBe(200);
      const doc = res.json<{
        openapi: string;
        paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
      }>();
      expect(doc.openapi).toMatch(/^3\.1\./);

      const routes = servedRoutes().filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'HEAD');
      // The route tree was read (a parser that finds nothing would pass vacuously).
      expect(routes).toEqual(
        expect.arrayContaining([
          { method: 'GET', path: '/api/v1/students' },
          { method: 'PATCH', path: '/api/v1/students/:id' },
          { method: 'GET', path: '/api/v1/students/:id/access-log' },
          { method: 'POST', path: '/api/v1/session' },
        ]),
      );
      for (const r of routes) {
        const openapiPath = r.path.replace(/:(\w+)/g, '{$1}');
        const op = doc.paths[openapiPath]?.[r.method.toLowerCase()];
        expect(op, `${r.method} ${openapiPath} is documented`).toBeDefined();
        expect(
          Object.keys(op?.responses ?? {}).length,
          `${r.method} ${openapiPath} documents responses`,
        ).toBeGreaterThan(0);
      }
      // And it documents nothing that is not served.
      for (const [p, ops] of Object.entries(doc.paths)) {
        for (const method of Object.keys(ops)) {
          const served = routes.some(
            (r) => r.path.replace(/:(\w+)/g, '{$1}') === p && r.method.toLowerCase() === method,
          );
          expect(served, `${method.toUpperCase()} ${p} is served`).toBe(true);
        }
      }
    });
  });
});

describe('structured details of a refusal', () => {
  it('an AppError’s findings become the problem’s `findings` (kept by the problem schema) only when it has some', () => {
    const request = { log: { error: () => undefined } } as unknown as FastifyRequest;
    const finding = {
      code: 'team.missing.parent',
      citation: '34 CFR 300.321(a)(1)',
      severity: 'error' as const,
      path: 'parent',
      message: 'The team must include the parents.',
      params: { requirement: 'parent' },
    };
    const errors = [
      { path: 'parent', message: 'team.missing.parent (34 CFR 300.321(a)(1)): The team must include the parents.' },
    ];
    const withDetails = toProblem(
      new AppError('RULE_VIOLATION', 'Refused.', errors, null, { findings: [finding] }),
      request,
    );
    expect(withDetails).toMatchObject({ status: 422, code: 'RULE_VIOLATION', errors, findings: [finding] });
    // The response schema (zod, strips what it does not name) keeps them.
    expect(problemSchema.parse(withDetails).findings).toEqual([finding]);
    for (const details of [undefined, null, {}, { findings: [] }]) {
      const p = toProblem(new AppError('RULE_VIOLATION', 'Refused.', errors, null, details), request);
      expect(p).not.toHaveProperty('findings');
      expect(p.errors).toEqual(errors);
    }
  });
});
