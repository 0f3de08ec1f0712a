/**
 * Version checks everywhere two people can edit (issue 9), on both engines. For every route that takes the version it
 * edits (If-Match with the record's ETag, or a body `version`):
 *  - an outsider gets 404 whatever they send (no If-Match, the record's real ETag, or junk) and nothing changes —
 *    never a 428 or 412 that would tell them the record exists;
 *  - without a version: 428 VERSION_REQUIRED, and nothing changes;
 *  - two people load it, the first saves, the second's save is refused with 412 PRECONDITION_FAILED, and the record is
 *    as the first left it;
 *  - with the current ETag the write succeeds and answers the record's new ETag (the one GET then gives).
 * Routes whose check is optional (a state transition guarded by the record's state) are checked for 412 and 404 only.
 * The table must name every PATCH, PUT and DELETE route the app registers, so a new one cannot skip the check.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';

type Method = 'PATCH' | 'PUT' | 'DELETE' | 'POST';
type Headers = Record<string, string>;

interface Target {
  /** Two people who may edit the record (or two sessions of the one person it belongs to), and someone it is not for. */
  a: Client;
  b: Client;
  outsider: Client;
  /** The record's current ETag as `c` sees it (from GET's header, or from its `version` where the web edits from a list). */
  load(c: Client): Promise<string>;
  /** The write under test, with these headers (and no body `version`). */
  write(c: Client, headers: Headers): Promise<LightMyRequestResponse>;
  /** Another person's change that moves the version on (default: the write itself). */
  competing?(c: Client, etag: string): Promise<void>;
  /** After a successful DELETE the record is gone: there is no new ETag to compare. */
  gone?: boolean;
}

interface Case {
  /** As registered: METHOD and the route pattern. */
  route: `${Method} /api/v1/${string}`;
  /** false: the check is made when a version is sent (a transition its state already guards). */
  required: boolean;
  /** A fresh target (a new record where the write uses it up). */
  setup(): Promise<Target>;
}

interface Participant {
  id: string;
  role: string;
  name: string;
  version: number;
}
interface Meeting {
  id: string;
  version: number;
  status: string;
  participants: Participant[];
}

/** Write routes that edit no shared record, and why. Everything else that is PATCH, PUT or DELETE must be in the table. */
const EXEMPT: Record<string, string> = {
  'DELETE /api/v1/session': 'signs the caller out of their own session',
};

/** Every route the app registers, from Fastify's route tree (hidden routes too), as "METHOD /pattern". */
function registeredRoutes(tree: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    if (!line.trim()) continue;
    const m = /^([│├└─ ]*)(\S.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    // A line this does not read (a new format, constraints after the methods) fails the test rather than hiding a route.
    if (!m || m[1]!.length % 4 !== 0 || (m[3] === undefined && line.includes(' (')))
      throw new Error(`Cannot read the route tree line: ${line}`);
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack[depth - 1] = m[2]!;
    const path = stack.join('');
    for (const method of m[3]?.split(', ') ?? []) out.push(`${method} ${path}`);
  }
  return out;
}

const expectProblem = (res: LightMyRequestResponse, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json<{ code: string }>().code).toBe(code);
};
const tagOf = (id: string, version: number) => `"${id}.${version}"`;

describe.each(ENGINES)('version-checked routes on %s', (engine) => {
  let t: TestApp;
  let cm: Client;
  let admin: Client;
  let teacher: Client;
  let parent: Client;
  let parent2ndWindow: Client;
  let riverside: Client;
  let riversideParent: Client;
  let childId: string;
  let userIds: Record<string, string>;
  let n = 0;
  const next = () => ++n;

  const studentId = async (q: string) =>
    (await admin.get(`/api/v1/students?q=${q}`)).json<{ data: { id: string }[] }>().data[0]!.id;
  /** GET's ETag, checked against the body's version. */
  const etagOf = async (c: Client, url: string, tagId?: (body: { id: string; version: number }) => string) => {
    const res = await c.get(url);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ id: string; version: number }>();
    const etag = res.headers.etag as string;
    expect(etag).toBe(tagOf(tagId ? tagId(body) : body.id, body.version));
    return etag;
  };
  const put = (c: Client, url: string, payload: unknown, headers: Headers) =>
    c.request({ method: 'PUT', url, payload: payload as object, headers });
  const must = async (res: Promise<LightMyRequestResponse>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r;
  };

  async function schedule(date: string): Promise<Meeting> {
    const staff = (key: string, role: string) => ({ role, userId: userIds[key] });
    const participants = [
      staff('teacher', 'general_education_teacher'),
      staff('casemanager', 'special_education_teacher'),
      staff('admin', 'district_representative'),
      { ...staff('provider', 'special_education_provider'), interpretsEvaluations: true },
    ];
    const res = await cm.post(`/api/v1/students/${childId}/meetings`, {
      purpose: 'annual',
      date,
      startTime: '15:30',
      location: 'Room 5',
      participants,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Meeting>();
  }

  /** A member's entry on a new scheduled meeting: its ETag comes from the meeting's list of participants. */
  async function participantTarget(): Promise<Target & { meetingId: string; participantId: string }> {
    const m = await schedule('2026-12-15');
    const p = m.participants.find((x) => x.role === 'general_education_teacher')!;
    const url = `/api/v1/meetings/${m.id}/participants/${p.id}`;
    const load = async (c: Client) => {
      const meeting = (await c.get(`/api/v1/meetings/${m.id}`)).json<Meeting>();
      const entry = meeting.participants.find((x) => x.id === p.id);
      if (!entry) throw new Error('the member is gone');
      return tagOf(entry.id, entry.version);
    };
    return {
      a: cm,
      b: admin,
      outsider: riverside,
      meetingId: m.id,
      participantId: p.id,
      load,
      write: (c, h) => c.patch(url, { title: `Teacher ${next()}` }, h),
    };
  }

  let draftPlan: string | null = null;
  async function planTarget(): Promise<Target & { url: string }> {
    if (!draftPlan) {
      const res = await cm.post(`/api/v1/students/${await studentId('L1020')}/plans`, { type: 'iep' });
      expect(res.statusCode, res.body).toBe(201);
      draftPlan = res.json<{ id: string }>().id;
    }
    const url = `/api/v1/plans/${draftPlan}`;
    const load = (c: Client) => etagOf(c, url);
    const save = (c: Client, h: Headers) =>
      c.patch(
        url,
        { dates: { meetingDate: '2026-12-10', startDate: '2026-12-11', endDate: null, nextAnnualReview: null } },
        h,
      );
    return {
      a: cm,
      b: admin,
      outsider: riverside,
      url,
      load,
      write: save,
      competing: async (c, etag) => {
        await must(save(c, { 'if-match': etag }));
      },
    };
  }

  async function noticeTarget(): Promise<Target & { url: string }> {
    const res = await cm.post(`/api/v1/students/${childId}/notices`, {
      action: 'refuses',
      subject: 'educational_placement',
    });
    expect(res.statusCode, res.body).toBe(201);
    const url = `/api/v1/notices/${res.json<{ id: string }>().id}`;
    const save = (c: Client, h: Headers) =>
      c.patch(url, { elements: { actionDescription: `The district refuses (${next()}).` } }, h);
    return {
      a: cm,
      b: admin,
      outsider: riverside,
      url,
      load: (c) => etagOf(c, url),
      write: save,
      competing: async (c, etag) => {
        await must(save(c, { 'if-match': etag }));
      },
    };
  }

  let iepId: string | null = null;
  async function progressTarget(): Promise<
    Target & { url: string; complete: (c: Client, h: Headers) => Promise<LightMyRequestResponse> }
  > {
    if (!iepId) {
      const plans = (await cm.get(`/api/v1/students/${childId}/plans`)).json<{
        data: { id: string; status: string; type: string }[];
      }>();
      iepId = plans.data.find((p) => p.status === 'active' && p.type === 'iep')!.id;
    }
    const res = await cm.post(`/api/v1/plans/${iepId}/progress-reports`, { periodLabel: 'Second quarter' });
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json<{ id: string; version: number; goals: { id: string }[] }>();
    expect(res.headers.etag).toBe(tagOf(report.id, report.version));
    const url = `/api/v1/progress-reports/${report.id}`;
    const complete = (c: Client, h: Headers) =>
      c.patch(
        url,
        {
          periodLabel: `Second quarter (${next()})`,
          entries: report.goals.map((g) => ({ goalId: g.id, rating: 'sufficient', note: '' })),
        },
        h,
      );
    // The web edits the plan's reports from their list: each item carries its version, the same as GET's ETag.
    const load = async (c: Client) => {
      const fromGet = await etagOf(c, url);
      const list = (await c.get(`/api/v1/plans/${iepId}/progress-reports`)).json<{
        data: { id: string; version: number }[];
      }>();
      const item = list.data.find((r) => r.id === report.id)!;
      expect(tagOf(item.id, item.version)).toBe(fromGet);
      return fromGet;
    };
    return {
      a: cm,
      b: admin,
      outsider: riverside,
      url,
      load,
      write: complete,
      complete,
      competing: async (c, etag) => {
        await must(complete(c, { 'if-match': etag }));
      },
    };
  }

  async function summaryTarget(content: Record<string, string> = {}): Promise<Target & { url: string }> {
    const res = await cm.post(`/api/v1/students/${await studentId('L1002')}/summaries-of-performance`, content);
    expect(res.statusCode, res.body).toBe(201);
    const url = `/api/v1/summaries-of-performance/${res.json<{ id: string }>().id}`;
    const save = (c: Client, h: Headers) => c.patch(url, { studentPerspective: `In my words (${next()}).` }, h);
    return {
      a: cm,
      b: admin,
      outsider: riverside,
      url,
      load: (c) => etagOf(c, url),
      write: save,
      competing: async (c, etag) => {
        await must(save(c, { 'if-match': etag }));
      },
    };
  }

  async function meetingTarget(date: string): Promise<Target & { url: string; meeting: Meeting }> {
    const meeting = await schedule(date);
    const url = `/api/v1/meetings/${meeting.id}`;
    const save = (c: Client, h: Headers) => c.patch(url, { location: `Room ${next()}` }, h);
    return {
      a: cm,
      b: admin,
      outsider: riverside,
      url,
      meeting,
      load: (c) => etagOf(c, url),
      write: save,
      competing: async (c, etag) => {
        await must(save(c, { 'if-match': etag }));
      },
    };
  }

  const CASES: Case[] = [
    {
      route: 'PATCH /api/v1/students/:id',
      required: true,
      setup: async () => {
        const url = `/api/v1/students/${await studentId('L1010')}`;
        return {
          a: cm,
          b: admin,
          outsider: riverside,
          load: (c) => etagOf(c, url),
          write: (c, h) => c.patch(url, { stateId: `ST-${next()}` }, h),
        };
      },
    },
    { route: 'PATCH /api/v1/plans/:id', required: true, setup: planTarget },
    {
      route: 'POST /api/v1/plans/:id/finalize',
      required: false,
      setup: async () => {
        const p = await planTarget();
        return { ...p, write: (c, h) => c.post(`${p.url}/finalize`, undefined, h) };
      },
    },
    {
      route: 'POST /api/v1/plans/:id/propose',
      required: false,
      setup: async () => {
        const p = await planTarget();
        return { ...p, write: (c, h) => c.post(`${p.url}/propose`, undefined, h) };
      },
    },
    {
      route: 'POST /api/v1/plans/:id/withdraw',
      required: true,
      setup: async () => {
        // A draft of L1010's IEP: a new one, or the one still open (one open plan per type: 409 links to it).
        const res = await cm.post(`/api/v1/students/${await studentId('L1010')}/plans`, { type: 'iep' });
        expect([201, 409], res.body).toContain(res.statusCode);
        const id =
          res.statusCode === 201 ? res.json<{ id: string }>().id : res.json<{ links: { id: string }[] }>().links[0]!.id;
        const url = `/api/v1/plans/${id}`;
        const save = (c: Client, h: Headers) =>
          c.patch(
            url,
            { dates: { meetingDate: '2026-12-10', startDate: null, endDate: null, nextAnnualReview: null } },
            h,
          );
        return {
          a: cm,
          b: admin,
          outsider: riverside,
          load: (c) => etagOf(c, url),
          write: (c, h) => c.post(`${url}/withdraw`, { reason: `Started twice (${next()}).` }, h),
          competing: async (c, etag) => {
            await must(save(c, { 'if-match': etag }));
          },
        };
      },
    },
    { route: 'PATCH /api/v1/meetings/:id', required: true, setup: () => meetingTarget('2026-12-14') },
    {
      route: 'POST /api/v1/meetings/:id/hold',
      required: true,
      setup: async () => {
        const m = await meetingTarget('2026-11-30');
        const attendance = m.meeting.participants.map((p) => ({
          participantId: p.id,
          attendance: 'attended',
          attendedBy: 'in_person',
        }));
        return { ...m, write: (c, h) => c.post(`${m.url}/hold`, { attendance, minutes: 'The team met.' }, h) };
      },
    },
    {
      route: 'POST /api/v1/meetings/:id/notice',
      required: false,
      setup: async () => {
        const m = await meetingTarget('2026-12-21');
        return { ...m, write: (c, h) => c.post(`${m.url}/notice`, { method: 'mail' }, h) };
      },
    },
    {
      route: 'POST /api/v1/meetings/:id/shorter-notice',
      required: false,
      setup: async () => {
        const m = await meetingTarget('2026-12-02');
        return {
          ...m,
          write: (c, h) => c.post(`${m.url}/shorter-notice`, { agreedOn: '2026-11-27', note: 'By phone.' }, h),
        };
      },
    },
    { route: 'PATCH /api/v1/meetings/:id/participants/:participantId', required: true, setup: participantTarget },
    {
      route: 'DELETE /api/v1/meetings/:id/participants/:participantId',
      required: true,
      setup: async () => {
        const p = await participantTarget();
        return {
          ...p,
          gone: true,
          write: (c, h) => c.delete(`/api/v1/meetings/${p.meetingId}/participants/${p.participantId}`, h),
          competing: async (c, etag) => {
            await must(p.write(c, { 'if-match': etag }));
          },
        };
      },
    },
    {
      route: 'POST /api/v1/meetings/:id/participants/:participantId/excusal',
      required: true,
      setup: async () => {
        const p = await participantTarget();
        return {
          ...p,
          write: (c, h) =>
            c.post(
              `/api/v1/meetings/${p.meetingId}/participants/${p.participantId}/excusal`,
              { excused: true, excusalAgreedOn: '2026-11-25' },
              h,
            ),
          competing: async (c, etag) => {
            await must(p.write(c, { 'if-match': etag }));
          },
        };
      },
    },
    { route: 'PATCH /api/v1/notices/:id', required: true, setup: noticeTarget },
    {
      route: 'POST /api/v1/notices/:id/issue',
      required: false,
      setup: async () => {
        const n = await noticeTarget();
        return { ...n, write: (c, h) => c.post(`${n.url}/issue`, undefined, h) };
      },
    },
    { route: 'PATCH /api/v1/progress-reports/:id', required: true, setup: progressTarget },
    {
      route: 'POST /api/v1/progress-reports/:id/issue',
      required: true,
      setup: async () => {
        const r = await progressTarget();
        await must(r.complete(cm, { 'if-match': await r.load(cm) }));
        return { ...r, write: (c, h) => c.post(`${r.url}/issue`, undefined, h) };
      },
    },
    { route: 'PATCH /api/v1/summaries-of-performance/:id', required: true, setup: () => summaryTarget() },
    {
      route: 'POST /api/v1/summaries-of-performance/:id/provide',
      required: true,
      setup: async () => {
        const s = await summaryTarget({
          academicAchievement: 'Reads at grade level.',
          functionalPerformance: 'Independent.',
          recommendations: 'Extended time.',
        });
        return { ...s, write: (c, h) => c.post(`${s.url}/provide`, {}, h) };
      },
    },
    {
      route: 'PATCH /api/v1/district/settings',
      required: true,
      setup: async () => {
        const url = '/api/v1/district/settings';
        const load = async (c: Client) => {
          const res = await c.get(url);
          const body = res.json<{ districtId: string; version: number }>();
          expect(res.headers.etag).toBe(tagOf(body.districtId, body.version));
          return res.headers.etag as string;
        };
        // The settings are the district's own: someone of the district who may not see them is the outsider here.
        return {
          a: admin,
          b: await t.signIn(DEMO.admin),
          outsider: teacher,
          load,
          write: (c, h) => c.patch(url, { childCountDate: `10-${String((next() % 28) + 1).padStart(2, '0')}` }, h),
        };
      },
    },
    {
      route: 'PUT /api/v1/schools/:id/calendars/:schoolYear',
      required: true,
      setup: async () => {
        const schools = (await admin.get('/api/v1/district/settings')).json<{
          schools: { id: string; name: string }[];
        }>().schools;
        const middle = schools.find((s) => s.name === 'Lincoln Middle School')!.id;
        const url = `/api/v1/schools/${middle}/calendars/2027-2028`;
        const body = () => ({
          firstDay: '2027-08-16',
          lastDay: '2028-06-09',
          closures: [{ from: '2027-11-22', to: '2027-11-26', note: `Thanksgiving ${next()}` }],
        });
        // A year not on record yet is created without If-Match; replacing it then needs one.
        if ((await admin.get(url)).statusCode === 404) await must(put(admin, url, body(), {}));
        const load = async (c: Client) => {
          const res = await c.get(url);
          const cal = res.json<{ schoolId: string; schoolYear: string; version: number }>();
          expect(res.headers.etag).toBe(`"${cal.schoolId}.${cal.schoolYear}.${cal.version}"`);
          return res.headers.etag as string;
        };
        return {
          a: admin,
          b: await t.signIn(DEMO.admin),
          outsider: riverside,
          load,
          write: (c, h) => put(c, url, body(), h),
        };
      },
    },
    {
      route: 'PATCH /api/v1/meeting-requests/:id',
      required: true,
      setup: async () => {
        const res = await parent.post(`/api/v1/students/${childId}/meeting-requests`, {
          reason: `Reading progress (${next()})`,
        });
        expect(res.statusCode, res.body).toBe(201);
        const id = res.json<{ id: string }>().id;
        // Staff answer from the student's list of requests: each item carries its version.
        const load = async (c: Client) => {
          const list = (await c.get(`/api/v1/students/${childId}/meeting-requests`)).json<{
            data: { id: string; version: number }[];
          }>();
          const item = list.data.find((r) => r.id === id)!;
          return tagOf(item.id, item.version);
        };
        return {
          a: cm,
          b: admin,
          outsider: riverside,
          load,
          write: (c, h) => c.patch(`/api/v1/meeting-requests/${id}`, { status: 'scheduled', note: 'Dec 3' }, h),
        };
      },
    },
    {
      route: 'PUT /api/v1/meetings/:id/preparation',
      required: true,
      setup: async () => {
        const m = await schedule('2026-12-16');
        const url = `/api/v1/meetings/${m.id}/preparation`;
        // The parent's own checklist, open in two windows; another district's parent is the outsider.
        const load = (c: Client) =>
          etagOf(c, url, (p) => `${(p as unknown as { meetingId: string }).meetingId}.preparation`);
        return {
          a: parent,
          b: parent2ndWindow,
          outsider: riversideParent,
          load,
          write: (c, h) => put(c, url, { items: [], notes: { questions: `Question ${next()}` } }, h),
        };
      },
    },
  ];

  beforeAll(async () => {
    t = await startTestApp(engine);
    cm = await t.signIn(DEMO.caseManager);
    admin = await t.signIn(DEMO.admin);
    teacher = await t.signIn(DEMO.teacher);
    parent = await t.signIn(DEMO.parent);
    parent2ndWindow = await t.signIn(DEMO.parent);
    riverside = await t.signIn(DEMO.riversideAdmin);
    riversideParent = await t.signIn(DEMO.riversideParent);
    childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
    const users = await t.db.query<{ id: string; email: string }>(
      `SELECT id::text AS id, email FROM users WHERE email LIKE '%@lincoln.demo'`,
    );
    userIds = Object.fromEntries(users.map((u) => [u.email.split('@')[0]!, u.id]));
  });
  afterAll(async () => t.close());

  it('every PATCH, PUT and DELETE route the app registers is version-checked here (or exempt, with its reason)', () => {
    const routes = registeredRoutes(t.app.printRoutes({ commonPrefix: false }));
    // The route tree was read, nested routes too.
    expect(routes).toEqual(
      expect.arrayContaining([
        'PATCH /api/v1/plans/:id',
        'POST /api/v1/plans/:id/finalize',
        'DELETE /api/v1/meetings/:id/participants/:participantId',
        'PUT /api/v1/meetings/:id/preparation',
      ]),
    );
    const writes = routes.filter((r) => /^(PATCH|PUT|DELETE) /.test(r));
    const covered = new Set(CASES.map((c) => c.route));
    expect(writes.filter((r) => !covered.has(r as Case['route']) && !(r in EXEMPT))).toEqual([]);
    // And the table names only routes that exist.
    expect(CASES.map((c) => c.route).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('the OpenAPI document says which routes need If-Match (428 without it, 412 when stale)', async () => {
    const doc = (await cm.get('/api/openapi.json')).json<{
      paths: Record<string, Record<string, { summary?: string; responses: Record<string, unknown> }>>;
    }>();
    for (const c of CASES) {
      const [method, pattern] = c.route.split(' ') as [string, string];
      const op = doc.paths[pattern.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      expect(op, c.route).toBeDefined();
      expect(op!.summary, c.route).toContain('If-Match');
      expect(Object.keys(op!.responses), c.route).toContain('412');
      if (c.required) {
        expect(op!.summary, c.route).toMatch(/required/i);
        expect(Object.keys(op!.responses), c.route).toContain('428');
      }
    }
    // Every route that documents 428 is in the table: the table and the contract agree.
    const with428 = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => '428' in op.responses)
        .map(([m]) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(with428.filter((r) => !CASES.some((c) => c.required && c.route === r))).toEqual([]);
  });

  describe.each(CASES.map((c) => [c.route, c] as const))('%s', (_route, c) => {
    it('an outsider gets 404 whatever If-Match they send, and nothing changes', async () => {
      const x = await c.setup();
      const before = await x.load(x.a);
      for (const headers of [{}, { 'if-match': before }, { 'if-match': '"not-an-etag"' }] as Headers[]) {
        const res = await x.write(x.outsider, headers);
        expectProblem(res, 404, 'NOT_FOUND');
      }
      expect(await x.load(x.a)).toBe(before);
    });

    if (c.required) {
      it('without If-Match: 428, and nothing changes', async () => {
        const x = await c.setup();
        const before = await x.load(x.a);
        expectProblem(await x.write(x.a, {}), 428, 'VERSION_REQUIRED');
        expect(await x.load(x.a)).toBe(before);
      });
    }

    it('two people load it; the first saves; the second is refused with 412 and the first one’s change stands', async () => {
      const x = await c.setup();
      const first = await x.load(x.a);
      const second = await x.load(x.b);
      expect(second).toBe(first);
      if (x.competing) await x.competing(x.a, first);
      else await must(x.write(x.a, { 'if-match': first }));
      const afterFirst = await x.load(x.a);
      expect(afterFirst).not.toBe(first);
      expectProblem(await x.write(x.b, { 'if-match': second }), 412, 'PRECONDITION_FAILED');
      expect(await x.load(x.a)).toBe(afterFirst);
    });

    if (c.required) {
      it('with the current ETag it succeeds and answers the new ETag', async () => {
        const x = await c.setup();
        const current = await x.load(x.b);
        const res = await x.write(x.b, { 'if-match': current });
        expect(res.statusCode, res.body).toBeLessThan(300);
        if (x.gone) {
          await expect(x.load(x.a)).rejects.toThrow('gone');
          return;
        }
        const now = await x.load(x.a);
        expect(now).not.toBe(current);
        expect(res.headers.etag).toBe(now);
      });
    }
  });
});
