/**
 * The unauthorized-access suite: every way of reaching a student's record one may not see answers 404
 * (problem+json, no student data) and leaves a `student.read_denied` audit row; out-of-scope students
 * never show in lists or searches; dead sessions (disabled, revoked, expired) are 401; cookie writes
 * without the session's own CSRF token are 403.
 * It keeps using the demo (CONTRACT.md's accounts and the extra ones the demo seeds for isolation tests): it walks
 * every demo account against every demo student, chosen by relationship (not by seed internals), so it also checks
 * that the documented demo accounts see exactly what their roles promise.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect';
import type { Role } from '../src/domain/roles';
import type { Actor, StudentFacts } from '../src/policy/actor';
import { sha256 } from '../src/server/sessions';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { TEST_PASSWORD } from './support/env';

type Who = keyof typeof DEMO;

interface StudentInfo extends StudentFacts {
  firstName: string;
  lastName: string;
  localId: string;
  stateId: string | null;
  dateOfBirth: string;
  schoolName: string;
}

interface World {
  students: StudentInfo[];
  actors: Record<Who, Actor>;
}

async function loadWorld(db: Database): Promise<World> {
  const rows = await db.query<Omit<StudentInfo, 'caseManagerIds' | 'providerIds' | 'teacherIds' | 'guardianIds'>>(
    `SELECT s.id::text AS "id", s.district_id::text AS "districtId", s.school_id::text AS "schoolId", sc.name AS "schoolName",
            s.first_name AS "firstName", s.last_name AS "lastName", s.local_id AS "localId", s.state_id AS "stateId",
            s.date_of_birth::text AS "dateOfBirth"
       FROM students s JOIN schools sc ON sc.id = s.school_id
      ORDER BY s.last_name, s.first_name, s.id`,
  );
  const rel = async (sql: string) => {
    const m = new Map<string, string[]>();
    for (const r of await db.query<{ s: string; o: string }>(sql)) m.set(r.s, [...(m.get(r.s) ?? []), r.o]);
    return m;
  };
  const cms = await rel(`SELECT student_id::text AS s, user_id::text AS o FROM case_manager_assignments`);
  const prov = await rel(`SELECT student_id::text AS s, user_id::text AS o FROM provider_assignments`);
  const teach = await rel(
    `SELECT e.student_id::text AS s, x.teacher_id::text AS o FROM section_enrollments e JOIN sections x ON x.id = e.section_id`,
  );
  const guard = await rel(`SELECT student_id::text AS s, guardian_id::text AS o FROM student_guardians`);
  const students = rows.map((r) => ({
    ...r,
    caseManagerIds: cms.get(r.id) ?? [],
    providerIds: prov.get(r.id) ?? [],
    teacherIds: teach.get(r.id) ?? [],
    guardianIds: guard.get(r.id) ?? [],
  }));
  const users = await db.query<Actor & { email: string; role: Role }>(
    `SELECT lower(u.email) AS email, u.id::text AS "userId", u.district_id::text AS "districtId", u.role,
            u.first_name || ' ' || u.last_name AS "name", u.discipline, u.student_id::text AS "studentId",
            u.guardian_id::text AS "guardianId", ARRAY(SELECT ss.school_id::text FROM staff_schools ss WHERE ss.user_id = u.id) AS "schoolIds"
       FROM users u`,
  );
  const actors = {} as Record<Who, Actor>;
  for (const [who, email] of Object.entries(DEMO) as [Who, string][]) {
    const u = users.find((x) => x.email === email.toLowerCase());
    if (!u) throw new Error(`demo account ${email} is missing`);
    const { email: _e, ...actor } = u;
    actors[who] = actor;
  }
  return { students, actors };
}

// ── Choosing students by relationship (not by seed internals), so the suite survives seed changes ──
type Test = (s: StudentInfo, w: World) => boolean;
interface Target {
  label: string;
  test: Test;
}
const cmOf =
  (who: Who): Test =>
  (s, w) =>
    s.caseManagerIds.includes(w.actors[who].userId);
const taughtBy =
  (who: Who): Test =>
  (s, w) =>
    s.teacherIds.includes(w.actors[who].userId);
const servedBy =
  (who: Who): Test =>
  (s, w) =>
    s.providerIds.includes(w.actors[who].userId);
const childOf =
  (who: Who): Test =>
  (s, w) =>
    s.guardianIds.includes(w.actors[who].guardianId ?? '(none)');
const self =
  (who: Who): Test =>
  (s, w) =>
    s.id === w.actors[who].studentId;
const inDistrictOf =
  (who: Who): Test =>
  (s, w) =>
    s.districtId === w.actors[who].districtId;
const atSchool =
  (name: string): Test =>
  (s) =>
    s.schoolName === name;
const and =
  (...ts: Test[]): Test =>
  (s, w) =>
    ts.every((t) => t(s, w));
const not =
  (t: Test): Test =>
  (s, w) =>
    !t(s, w);

const T = {
  parentChild: { label: "parent@lincoln's child", test: childOf('parent') },
  parent2Child: { label: "parent2@lincoln's child", test: childOf('parent2') },
  studentSelf: { label: 'the student@lincoln record', test: self('student') },
  cmStudent: {
    label: "a student on casemanager@'s caseload",
    test: and(cmOf('caseManager'), not(childOf('parent')), not(self('student'))),
  },
  cm2Student: { label: "a student on casemanager2@'s caseload", test: cmOf('caseManager2') },
  teacherStudent: { label: "a student in teacher@'s section", test: and(taughtBy('teacher'), not(childOf('parent'))) },
  teacher2Student: { label: "a student in teacher2@'s section", test: and(taughtBy('teacher2'), not(self('student'))) },
  middleNotTaught: {
    label: 'a middle-school student in none of teacher@’s sections',
    test: and(atSchool('Lincoln Middle School'), not(taughtBy('teacher'))),
  },
  providerStudent: { label: 'a student provider@ serves', test: and(servedBy('provider'), not(childOf('parent'))) },
  provider2Student: { label: 'a student provider2@ serves', test: servedBy('provider2') },
  middleStudent: {
    label: 'a Lincoln Middle School student',
    test: and(atSchool('Lincoln Middle School'), not(childOf('parent'))),
  },
  highStudent: {
    label: 'a Lincoln High School student',
    test: and(atSchool('Lincoln High School'), not(self('student'))),
  },
  highClassmate: {
    label: "a classmate of student@ in teacher2@'s section",
    test: and(taughtBy('teacher2'), not(self('student'))),
  },
  noCaseManager: {
    label: 'a Lincoln middle-school student with no case manager',
    test: (s) => s.caseManagerIds.length === 0 && s.schoolName === 'Lincoln Middle School',
  },
  riversideChild: { label: "parent@riverside's child", test: childOf('riversideParent') },
  riversideCmStudent: {
    label: "a student on Riverside's caseload",
    test: and(cmOf('riversideCaseManager'), not(childOf('riversideParent'))),
  },
  riversideSectionStudent: {
    label: "a student in Riverside's section",
    test: and(taughtBy('riversideTeacher'), not(childOf('riversideParent'))),
  },
  riversideOutsideSection: {
    label: 'a Riverside student outside its one section',
    test: and(inDistrictOf('riversideAdmin'), not(taughtBy('riversideTeacher'))),
  },
} satisfies Record<string, Target>;

/** Who must not reach whom, and why. */
const DENIALS: { who: Who; target: Target; why: string }[] = [
  // other district: Riverside → Lincoln
  { who: 'riversideAdmin', target: T.parentChild, why: 'other district (admin)' },
  { who: 'riversideAdmin', target: T.studentSelf, why: 'other district (admin)' },
  { who: 'riversideCaseManager', target: T.cmStudent, why: 'other district (case manager)' },
  { who: 'riversideTeacher', target: T.teacherStudent, why: 'other district (teacher)' },
  { who: 'riversideParent', target: T.parentChild, why: 'other district (parent)' },
  // other district: Lincoln → Riverside
  { who: 'admin', target: T.riversideChild, why: 'other district (admin)' },
  { who: 'admin', target: T.riversideOutsideSection, why: 'other district (admin)' },
  { who: 'caseManager', target: T.riversideCmStudent, why: 'other district (case manager)' },
  { who: 'principal', target: T.riversideCmStudent, why: 'other district (principal)' },
  { who: 'teacher', target: T.riversideSectionStudent, why: 'other district (teacher)' },
  { who: 'provider', target: T.riversideCmStudent, why: 'other district (provider)' },
  { who: 'parent', target: T.riversideChild, why: 'other district (parent)' },
  { who: 'student', target: T.riversideChild, why: 'other district (student)' },
  // other caseload
  { who: 'caseManager2', target: T.parentChild, why: 'other caseload' },
  { who: 'caseManager2', target: T.cmStudent, why: 'other caseload' },
  { who: 'caseManager', target: T.cm2Student, why: 'other caseload' },
  { who: 'caseManager', target: T.noCaseManager, why: 'no case manager, same school as the caseload' },
  // other school
  { who: 'principal', target: T.middleStudent, why: 'other school (elementary principal → middle)' },
  { who: 'principal', target: T.highStudent, why: 'other school (elementary principal → high)' },
  // parent of another child
  { who: 'parent', target: T.parent2Child, why: 'parent of another child' },
  { who: 'parent2', target: T.parentChild, why: 'parent of another child' },
  { who: 'parent', target: T.studentSelf, why: 'parent of another child' },
  { who: 'riversideParent', target: T.parent2Child, why: 'parent of another child (other district)' },
  // teacher of another section
  { who: 'teacher', target: T.teacher2Student, why: 'teacher of another section' },
  { who: 'teacher2', target: T.teacherStudent, why: 'teacher of another section' },
  { who: 'teacher', target: T.middleNotTaught, why: 'same school, not in any of their sections' },
  // provider not assigned
  { who: 'provider2', target: T.providerStudent, why: 'provider not assigned' },
  { who: 'provider', target: T.provider2Student, why: 'provider not assigned' },
  // a student reading another student
  { who: 'student', target: T.parentChild, why: 'student reading another student' },
  { who: 'student', target: T.highClassmate, why: 'student reading a classmate' },
];

/** Read-only roles that CAN see the student: a PATCH is still 404 (and recorded as a refused attempt). */
const READ_ONLY: { who: Who; target: Target }[] = [
  { who: 'teacher', target: T.teacherStudent },
  { who: 'teacher2', target: T.teacher2Student },
  { who: 'provider', target: T.providerStudent },
  { who: 'provider2', target: T.provider2Student },
  { who: 'parent', target: T.parentChild },
  { who: 'parent2', target: T.parent2Child },
  { who: 'student', target: T.studentSelf },
  { who: 'riversideTeacher', target: T.riversideSectionStudent },
  { who: 'riversideParent', target: T.riversideChild },
];

const ROUTES = ['GET /students/{id}', 'GET /students/{id}/access-log', 'PATCH /students/{id}'] as const;
type Route = (typeof ROUTES)[number];

const DENIAL_CASES = DENIALS.flatMap((d) => ROUTES.map((route) => ({ ...d, route, label: d.target.label })));
const LIST_CASES = DENIALS.map((d) => ({ ...d, label: d.target.label }));
const READ_ONLY_CASES = READ_ONLY.map((r) => ({ ...r, label: r.target.label }));
const SESSION_CASES = 11; // the `it`s in 'sessions and CSRF' below
const CASES_PER_ENGINE = DENIAL_CASES.length + LIST_CASES.length + READ_ONLY_CASES.length + SESSION_CASES;

interface AuditRow {
  id: number;
  action: string;
  outcome: string;
  actorUserId: string | null;
  actorRole: string | null;
  studentId: string | null;
  context: Record<string, unknown>;
}

describe.each(ENGINES)('unauthorized access on %s', (engine) => {
  let t: TestApp;
  let w: World;
  const clients = new Map<Who, Client>();
  beforeAll(async () => {
    t = await startTestApp(engine);
    w = await loadWorld(t.db);
  });
  afterAll(async () => t.close());

  const as = async (who: Who): Promise<Client> => {
    let c = clients.get(who);
    if (!c) {
      c = await t.signIn(DEMO[who]);
      clients.set(who, c);
    }
    return c;
  };
  const pick = (target: Target): StudentInfo => {
    const s = w.students.find((x) => target.test(x, w));
    if (!s) throw new Error(`the demo data has no ${target.label}`);
    return s;
  };
  const auditMark = async () =>
    (await t.db.query<{ m: number }>(`SELECT COALESCE(max(id), 0)::int AS m FROM audit_events`))[0]!.m;
  const auditSince = (mark: number) =>
    t.db.query<AuditRow>(
      `SELECT id::int AS id, action, outcome, actor_user_id::text AS "actorUserId", actor_role AS "actorRole",
              student_id::text AS "studentId", context
         FROM audit_events WHERE id > $1 ORDER BY id`,
      [mark],
    );
  const studentRow = async (id: string) =>
    (
      await t.db.query<{ version: number; englishLearner: boolean; updatedAt: string }>(
        `SELECT version, english_learner AS "englishLearner", updated_at::text AS "updatedAt" FROM students WHERE id = $1::uuid`,
        [id],
      )
    )[0]!;
  const send = async (c: Client, route: Route, s: StudentInfo): Promise<LightMyRequestResponse> => {
    switch (route) {
      case 'GET /students/{id}':
        return c.get(`/api/v1/students/${s.id}`);
      case 'GET /students/{id}/access-log':
        return c.get(`/api/v1/students/${s.id}/access-log`);
      case 'PATCH /students/{id}': {
        const cur = await studentRow(s.id);
        return c.patch(`/api/v1/students/${s.id}`, { version: cur.version, englishLearner: !cur.englishLearner });
      }
    }
  };
  /** 404 problem+json that says nothing about the student. */
  const expectHidden = (res: LightMyRequestResponse, s: StudentInfo) => {
    expect(res.statusCode, res.body).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<{ status: number; code: string; title: string; detail: string }>();
    expect(body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    for (const secret of [
      s.firstName,
      s.lastName,
      s.localId,
      s.stateId ?? s.localId,
      s.dateOfBirth,
      s.schoolName,
      s.schoolId,
    ]) {
      expect(res.body).not.toContain(secret);
    }
  };
  /** A raw request with only the cookie: no automatic CSRF header. */
  const raw = (cookie: string | null, opts: InjectOptions) =>
    t.app.inject({
      ...opts,
      headers: { ...(opts.headers as Record<string, string> | undefined), ...(cookie ? { cookie } : {}) },
    });
  const tokenOf = (c: Client) => {
    const m = /openiep_session=([^;]+)/.exec(c.cookie ?? '');
    if (!m?.[1]) throw new Error('no session cookie');
    return m[1];
  };

  it(`has at least 60 distinct cases on this engine (${CASES_PER_ENGINE})`, () => {
    const names = [
      ...DENIAL_CASES.map((c) => `${c.who}|${c.label}|${c.route}`),
      ...LIST_CASES.map((c) => `list|${c.who}|${c.label}`),
      ...READ_ONLY_CASES.map((c) => `ro|${c.who}|${c.label}`),
    ];
    expect(new Set(names).size).toBe(names.length);
    expect(CASES_PER_ENGINE).toBeGreaterThanOrEqual(60);
  });

  describe('records one may not see', () => {
    it.each(DENIAL_CASES)(
      '$who → $label ($why): $route is 404 and audited as denied',
      async ({ who, target, route }) => {
        const s = pick(target);
        const actor = w.actors[who];
        const c = await as(who);
        const before = await studentRow(s.id);
        const mark = await auditMark();

        expectHidden(await send(c, route, s), s);

        const rows = await auditSince(mark);
        const denied = rows.filter((r) => r.action === 'student.read_denied' && r.studentId === s.id);
        expect(denied).toHaveLength(1);
        expect(denied[0]).toMatchObject({ outcome: 'denied', actorUserId: actor.userId, actorRole: actor.role });
        // Nothing else about this student was recorded as a success, and nothing changed.
        expect(rows.filter((r) => r.studentId === s.id && r.outcome === 'success')).toEqual([]);
        expect(await studentRow(s.id)).toEqual(before);
      },
    );
  });

  describe('read-only roles that can see the student', () => {
    it.each(READ_ONLY_CASES)(
      '$who → $label: GET is 200 but PATCH is 404, audited, and changes nothing',
      async ({ who, target }) => {
        const s = pick(target);
        const actor = w.actors[who];
        const c = await as(who);
        const got = await c.get(`/api/v1/students/${s.id}`);
        expect(got.statusCode).toBe(200);
        expect(got.json<{ abilities: { edit: boolean } }>().abilities.edit).toBe(false);

        const before = await studentRow(s.id);
        const mark = await auditMark();
        expectHidden(await send(c, 'PATCH /students/{id}', s), s);
        const rows = await auditSince(mark);
        expect(rows.map((r) => r.action)).toEqual(['student.read_denied']);
        expect(rows[0]).toMatchObject({ outcome: 'denied', actorUserId: actor.userId, studentId: s.id });
        expect(rows[0]!.context).toMatchObject({ attempted: 'student.update' });
        expect(await studentRow(s.id)).toEqual(before);
      },
    );
  });

  describe('lists and searches', () => {
    it.each(LIST_CASES)('$who never lists $label ($why), by name, id or school', async ({ who, target }) => {
      const s = pick(target);
      const c = await as(who);
      const ids = async (query: string) => {
        const res = await c.get(`/api/v1/students?limit=200${query}`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json<{
          data: { id: string; firstName: string; lastName: string }[];
          nextCursor: string | null;
        }>();
        expect(body.nextCursor).toBeNull();
        return body.data;
      };
      const probes = [
        '',
        `&q=${encodeURIComponent(`${s.firstName} ${s.lastName}`)}`,
        `&q=${encodeURIComponent(`${s.lastName}, ${s.firstName}`)}`,
        `&q=${encodeURIComponent(s.lastName)}`,
        `&q=${encodeURIComponent(s.localId)}`,
        `&schoolId=${s.schoolId}`,
        `&schoolId=${s.schoolId}&q=${encodeURIComponent(s.firstName)}`,
      ];
      for (const q of probes) {
        const data = await ids(q);
        expect(
          data.map((d) => d.id),
          `query "${q}"`,
        ).not.toContain(s.id);
        expect(
          data.some((d) => d.firstName === s.firstName && d.lastName === s.lastName),
          `query "${q}"`,
        ).toBe(false);
      }
    });
  });

  describe('sessions and CSRF', () => {
    const someStudent = () => pick(T.cmStudent);

    it('disabled account: signing in is refused with 401', async () => {
      const email = DEMO.provider2;
      await t.db.query(`UPDATE users SET disabled = true WHERE lower(email) = $1`, [email]);
      try {
        const res = await t.anonymous.post('/api/v1/session', { email, password: TEST_PASSWORD });
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.cookies.find((k) => k.name === 'openiep_session' && k.value)).toBeUndefined();
      } finally {
        await t.db.query(`UPDATE users SET disabled = false WHERE lower(email) = $1`, [email]);
      }
    });

    it('disabled account: an existing session stops working with 401', async () => {
      const email = DEMO.caseManager2;
      const c = await t.signIn(email);
      const s = pick(T.cm2Student);
      expect((await c.get(`/api/v1/students/${s.id}`)).statusCode).toBe(200);
      await t.db.query(`UPDATE users SET disabled = true WHERE lower(email) = $1`, [email]);
      try {
        const before = await studentRow(s.id);
        for (const res of [
          await c.get(`/api/v1/students/${s.id}`),
          await c.get('/api/v1/students'),
          await c.get('/api/v1/me'),
          await c.patch(`/api/v1/students/${s.id}`, {
            version: before.version,
            englishLearner: !before.englishLearner,
          }),
        ]) {
          expect(res.statusCode, res.body).toBe(401);
          expect(res.headers['content-type']).toContain('application/problem+json');
          expect(res.body).not.toContain(s.lastName);
        }
        expect(await studentRow(s.id)).toEqual(before);
      } finally {
        await t.db.query(`UPDATE users SET disabled = false WHERE lower(email) = $1`, [email]);
      }
    });

    it('revoked session: after DELETE /api/v1/session the old cookie gets 401', async () => {
      const c = await t.signIn(DEMO.admin);
      const s = someStudent();
      expect((await c.get(`/api/v1/students/${s.id}`)).statusCode).toBe(200);
      const out = await c.delete('/api/v1/session');
      expect(out.statusCode).toBe(204);
      for (const url of [
        `/api/v1/students/${s.id}`,
        `/api/v1/students/${s.id}/access-log`,
        '/api/v1/students',
        '/api/v1/me',
      ]) {
        const res = await c.get(url);
        expect(res.statusCode, url).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      const before = await studentRow(s.id);
      expect(
        (await c.patch(`/api/v1/students/${s.id}`, { version: before.version, englishLearner: !before.englishLearner }))
          .statusCode,
      ).toBe(401);
      expect(await studentRow(s.id)).toEqual(before);
    });

    it('expired session: expires_at in the past is 401 SESSION_EXPIRED', async () => {
      const c = await t.signIn(DEMO.admin);
      const s = someStudent();
      await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [
        sha256(tokenOf(c)),
      ]);
      for (const url of [`/api/v1/students/${s.id}`, '/api/v1/students', '/api/v1/me']) {
        const res = await c.get(url);
        expect(res.statusCode, url).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json<{ code: string }>().code).toBe('SESSION_EXPIRED');
        expect(res.body).not.toContain(s.lastName);
      }
    });

    it('an unknown session token is 401, never data', async () => {
      const s = someStudent();
      const res = await raw('openiep_session=not-a-real-token', { method: 'GET', url: `/api/v1/students/${s.id}` });
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toContain(s.lastName);
    });

    it('no session at all: reads and writes are 401', async () => {
      const s = someStudent();
      for (const res of [
        await t.anonymous.get(`/api/v1/students/${s.id}`),
        await t.anonymous.get(`/api/v1/students/${s.id}/access-log`),
        await t.anonymous.patch(`/api/v1/students/${s.id}`, { version: 1, englishLearner: true }),
      ]) {
        expect(res.statusCode).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).not.toContain(s.lastName);
      }
    });

    const csrfCase = async (header: (self: Client) => Record<string, string>) => {
      const c = await t.signIn(DEMO.admin);
      const s = someStudent();
      const before = await studentRow(s.id);
      const mark = await auditMark();
      const res = await raw(c.cookie, {
        method: 'PATCH',
        url: `/api/v1/students/${s.id}`,
        payload: { version: before.version, englishLearner: !before.englishLearner },
        headers: header(c),
      });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<{ code: string }>().code).toBe('CSRF_TOKEN_MISSING');
      expect(await studentRow(s.id)).toEqual(before);
      expect((await auditSince(mark)).filter((r) => r.action === 'student.update')).toEqual([]);
      // The same request with the session's own token goes through: the token was the only problem.
      const ok = await c.patch(`/api/v1/students/${s.id}`, {
        version: before.version,
        englishLearner: !before.englishLearner,
      });
      expect(ok.statusCode, ok.body).toBe(200);
    };

    it('a write without the CSRF token is 403 and changes nothing', async () => {
      await csrfCase(() => ({}));
    });

    it('a write with a wrong CSRF token is 403', async () => {
      await csrfCase((c) => ({ 'x-csrf-token': `${c.csrfToken ?? ''}x` }));
    });

    it("a write with another person's session CSRF token is 403", async () => {
      const other = await t.signIn(DEMO.caseManager);
      await csrfCase(() => ({ 'x-csrf-token': other.csrfToken ?? '' }));
    });

    it('a write with the CSRF token of another session of the same person is 403', async () => {
      const other = await t.signIn(DEMO.admin);
      await csrfCase(() => ({ 'x-csrf-token': other.csrfToken ?? '' }));
    });

    it('signing out without the CSRF token is 403 and the session stays alive', async () => {
      const c = await t.signIn(DEMO.admin);
      const res = await raw(c.cookie, { method: 'DELETE', url: '/api/v1/session' });
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((await c.get('/api/v1/me')).statusCode).toBe(200);
    });
  });
});
