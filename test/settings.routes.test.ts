/**
 * District settings and school calendars on both engines: the state profile with each number's citation, the 618
 * count date (October 1 – December 1) that the reports then default to, the meeting-notice lead time against the
 * state's law, If-Match versioning (428, 412), and calendars built, given day by day or imported from CSV — a school
 * without a calendar shows a warning and its school-day clocks are estimates until one is entered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/db';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { parseCsv } from './support/csv';
import { anyString, stringContaining, stringMatching } from './support/match';

interface Settings {
  districtId: string;
  version: number;
  stateProfile: string;
  childCountDate: { setting: string | null; current: string; citation: string };
  meetingNoticeDefault: { days: number; counting: string } | null;
  effectiveProfile: {
    code: string;
    meetingNotice: {
      days: number;
      counting: string;
      source: string;
      citation: string;
      setByDistrict: boolean;
      lawMinimum: unknown;
    };
    citations: Record<string, string>;
    developmentalDelayAges: unknown;
    transitionAge: number;
  };
  profiles: { code: string; builtIn: boolean; meetingNotice: unknown }[];
  currentSchoolYear: string;
  schools: { id: string; name: string; hasCurrentCalendar: boolean }[];
  abilities: { edit: boolean; editCalendars: boolean };
}
interface Problem {
  status: number;
  code: string;
  errors?: { path: string; message: string }[];
}
interface DeadlineList {
  data: { rule: string; due: string; estimated: boolean; basis: string }[];
  missingCalendars: { schoolId: string; schoolName: string; schoolYear: string }[];
}

const FIXTURE = fs.readFileSync(path.resolve('test/fixtures/calendars/lincoln-early-learning-2026-2027.csv'), 'utf8');

describe.each(ENGINES)('district settings and calendars on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let early: string; // Lincoln Early Learning Center: no 2026-2027 calendar in the demo
  let middle: string;
  let preschooler: string; // L1055: consent to evaluate on 2026-11-02
  const patch = (c: Client, body: unknown, etag?: string) =>
    c.request({
      method: 'PATCH',
      url: '/api/v1/district/settings',
      payload: body as object,
      headers: etag ? { 'if-match': etag } : {},
    });
  const load = async () => {
    const res = await admin.get('/api/v1/district/settings');
    expect(res.statusCode, res.body).toBe(200);
    return { body: res.json<Settings>(), etag: res.headers.etag as string };
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn(DEMO.admin);
    const { body } = await load();
    early = body.schools.find((s) => s.name === 'Lincoln Early Learning Center')!.id;
    middle = body.schools.find((s) => s.name === 'Lincoln Middle School')!.id;
    preschooler = (await admin.get('/api/v1/students?q=L1055')).json<{ data: { id: string }[] }>().data[0]!.id;
  });
  afterAll(async () => t.close());

  it('shows the settings: California, each number with its citation, Lincoln’s own 10-day notice, the schools’ calendars; audited', async () => {
    const { body, etag } = await load();
    expect(etag).toBe(`"${body.districtId}.${body.version}"`);
    expect(body).toMatchObject({
      stateProfile: 'CA',
      childCountDate: { setting: null, current: '2026-10-01', citation: '34 CFR 300.641(a)' },
      meetingNoticeDefault: { days: 10, counting: 'calendar' },
      currentSchoolYear: '2026-2027',
      abilities: { edit: true, editCalendars: true },
    });
    expect(body.effectiveProfile.meetingNotice).toEqual({
      days: 10,
      counting: 'calendar',
      source: 'district_default',
      citation: stringMatching(/^Cal\. Ed\. Code 56341\.5\(b\)/),
      lawMinimum: null,
      setByDistrict: true,
    });
    expect(body.effectiveProfile.developmentalDelayAges).toBeNull();
    expect(body.effectiveProfile.citations.developmentalDelayAges).toContain('56441.11');
    expect(body.profiles.map((p) => [p.code, p.builtIn, p.meetingNotice])).toEqual([
      ['federal', true, null],
      ['CA', true, null],
      ['TX', true, { days: 5, counting: 'school' }],
    ]);
    expect(body.schools.map((s) => [s.name, s.hasCurrentCalendar])).toEqual([
      ['Lincoln Early Learning Center', false],
      ['Lincoln Elementary School', true],
      ['Lincoln High School', true],
      ['Lincoln Middle School', true],
    ]);
    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'district.settings.read' AND outcome = 'success' AND actor_user_id = (SELECT id FROM users WHERE email = $1)`,
      [DEMO.admin],
    );
    expect(audit[0]!.n).toBeGreaterThanOrEqual(1);
    // /me says who may open the settings screen.
    expect(
      (await admin.get('/api/v1/me')).json<{ user: { abilities: { manageDistrictSettings: boolean } } }>().user
        .abilities,
    ).toMatchObject({ manageDistrictSettings: true });
    const cm = await t.signIn(DEMO.caseManager);
    expect(
      (await cm.get('/api/v1/me')).json<{ user: { abilities: { manageDistrictSettings: boolean } } }>().user.abilities,
    ).toMatchObject({ manageDistrictSettings: false });
  });

  it('changes need the version: 428 without If-Match, 412 when stale, nothing written', async () => {
    const { body, etag } = await load();
    const none = await patch(admin, { childCountDate: '12-01' });
    expect(none.statusCode).toBe(428);
    expect(none.json<Problem>().code).toBe('VERSION_REQUIRED');
    const stale = await patch(admin, { childCountDate: '12-01' }, `"${body.districtId}.${body.version - 1}"`);
    expect(stale.statusCode).toBe(412);
    expect((await patch(admin, { childCountDate: '12-01' }, `"${middle}.${body.version}"`)).statusCode).toBe(412);
    expect((await load()).body).toMatchObject({ version: body.version, childCountDate: { setting: null } });
    expect((await load()).etag).toBe(etag);
  });

  it.each([
    ['09-30', 400],
    ['10-01', 200],
    ['12-01', 200],
    ['12-02', 400],
    ['11-31', 400],
  ])('the count date %s → %i (October 1 to December 1, 34 CFR 300.641(a))', async (date, status) => {
    const { etag } = await load();
    const res = await patch(admin, { childCountDate: date }, etag);
    expect(res.statusCode, res.body).toBe(status);
    if (status === 400) expect(res.json<Problem>().errors).toEqual([{ path: 'childCountDate', message: anyString() }]);
    else expect(res.json<Settings>().childCountDate.setting).toBe(date);
  });

  it('the reports default to the district’s count date (the most recent one); a date parameter still overrides it', async () => {
    const { etag } = await load();
    expect((await patch(admin, { childCountDate: '12-01' }, etag)).statusCode).toBe(200);
    const report = await admin.get('/api/v1/reports/child-count.csv');
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-disposition']).toContain('child-count-2025-12-01.csv'); // today is 2026-11-30: last year's December 1
    const rows = parseCsv(report.body);
    expect(rows.slice(1).every((r) => r[0] === '2025-12-01')).toBe(true);
    const override = await admin.get('/api/v1/reports/environments.csv?date=2026-10-01');
    expect(override.headers['content-disposition']).toContain('environments-2026-10-01.csv');
    const { etag: e2 } = await load();
    const reset = await patch(admin, { childCountDate: null }, e2);
    expect(reset.json<Settings>().childCountDate).toMatchObject({ setting: null, current: '2026-10-01' });
  });

  it('the meeting notice lead time: the district’s where the law sets none; never below a law that sets one', async () => {
    let { etag } = await load();
    const ok = await patch(admin, { meetingNoticeDefault: { days: 14, counting: 'calendar' } }, etag);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Settings>().effectiveProfile.meetingNotice).toMatchObject({
      days: 14,
      source: 'district_default',
    });
    // A case manager's next request works to the new lead time (the effective profile is resolved per request).
    const cm = await t.signIn(DEMO.caseManager);
    const calc = (await cm.get('/api/v1/deadlines/calculate?rule=meeting-notice&from=2026-12-15')).json<{
      due: string;
      basis: string;
    }>();
    expect(calc).toMatchObject({ due: '2026-12-01', basis: stringContaining("the district's lead time") });

    // Texas law: 5 school days. Lincoln's 14 calendar days are not in the law's counting: refused, naming the field.
    etag = ok.headers.etag as string;
    const toTexas = await patch(admin, { stateProfile: 'TX' }, etag);
    expect(toTexas.statusCode).toBe(422);
    expect(toTexas.json<Problem>().errors).toEqual([
      { path: 'meetingNoticeDefault.counting', message: stringContaining('school days') },
    ]);
    const below = await patch(
      admin,
      { stateProfile: 'TX', meetingNoticeDefault: { days: 4, counting: 'school' } },
      etag,
    );
    expect(below.statusCode).toBe(422);
    expect(below.json<Problem>().errors![0]!.path).toBe('meetingNoticeDefault.days');
    const texas = await patch(admin, { stateProfile: 'TX', meetingNoticeDefault: null }, etag);
    expect(texas.statusCode, texas.body).toBe(200);
    expect(texas.json<Settings>().effectiveProfile).toMatchObject({
      code: 'TX',
      transitionAge: 14,
      meetingNotice: {
        days: 5,
        counting: 'school',
        source: 'law',
        citation: stringMatching(/^19 TAC 89\.1050/),
      },
    });
    expect(
      (await cm.get('/api/v1/deadlines/calculate?rule=meeting-notice&from=2026-12-15')).json<{ profile: string }>()
        .profile,
    ).toBe('TX');

    // Audited with each setting before and after.
    const a = await t.db.query<{
      context: {
        changed: string[];
        before: { stateProfile: string };
        after: { stateProfile: string; meetingNoticeDefault: unknown };
      };
    }>(`SELECT context FROM audit_events WHERE action = 'district.settings.update' ORDER BY id DESC LIMIT 1`);
    expect(a[0]!.context).toMatchObject({
      changed: ['stateProfile', 'meetingNoticeDefault'],
      before: { stateProfile: 'CA' },
      after: { stateProfile: 'TX', meetingNoticeDefault: null },
    });

    const unknown = await patch(admin, { stateProfile: 'ZZ' }, texas.headers.etag);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().errors![0]!.path).toBe('stateProfile');
    const back = await patch(
      admin,
      { stateProfile: 'CA', meetingNoticeDefault: { days: 10, counting: 'calendar' } },
      texas.headers.etag,
    );
    expect(back.statusCode).toBe(200);
  });

  it('a school without a calendar for the year: a warning on its students’ clocks, whose school-day dates are estimates — until the calendar is imported', async () => {
    const before = (await admin.get(`/api/v1/students/${preschooler}/deadlines`)).json<DeadlineList>();
    expect(before.missingCalendars).toEqual([
      { schoolId: early, schoolName: 'Lincoln Early Learning Center', schoolYear: '2026-2027' },
    ]);
    const evalBefore = before.data.find((d) => d.rule === 'initial-evaluation')!;
    expect(evalBefore).toMatchObject({
      due: '2027-01-01',
      estimated: true,
      basis: stringContaining('weekdays assumed'),
    });
    const list = (await admin.get(`/api/v1/schools/${early}/calendars`)).json<{
      hasCurrentCalendar: boolean;
      data: unknown[];
    }>();
    expect(list).toMatchObject({ hasCurrentCalendar: false, data: [] });
    expect((await admin.get(`/api/v1/schools/${early}/calendars/2026-2027`)).statusCode).toBe(404);

    // A dry run says what would be written and writes nothing.
    const dry = await admin.post(`/api/v1/schools/${early}/calendars/import`, { csv: FIXTURE, dryRun: true });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({
      dryRun: true,
      years: [
        {
          schoolYear: '2026-2027',
          listed: 200,
          days: 365,
          firstInstructionalDay: '2026-08-24',
          lastInstructionalDay: '2027-05-28',
          replaces: null,
          version: null,
        },
      ],
      warnings: [],
    });
    expect((await admin.get(`/api/v1/schools/${early}/calendars`)).json<{ data: unknown[] }>().data).toEqual([]);

    const done = await admin.post(`/api/v1/schools/${early}/calendars/import`, { csv: FIXTURE });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      dryRun: false,
      years: [{ schoolYear: '2026-2027', version: 1, replaces: null }],
    });
    const after = (await admin.get(`/api/v1/students/${preschooler}/deadlines`)).json<DeadlineList>();
    expect(after.missingCalendars).toEqual([]);
    const evalAfter = after.data.find((d) => d.rule === 'initial-evaluation')!;
    expect(evalAfter.estimated).toBe(false);
    expect(evalAfter.due > '2027-01-01').toBe(true); // winter break (more than five school days) is not counted in California
    expect((await load()).body.schools.find((s) => s.id === early)!.hasCurrentCalendar).toBe(true);
    const year = await admin.get(`/api/v1/schools/${early}/calendars/2026-2027`);
    expect(year.statusCode).toBe(200);
    expect(year.headers.etag).toBe(`"${early}.2026-2027.1"`);
    const y = year.json<{
      dates: { date: string; instructional: boolean; note: string | null }[];
      instructionalDays: number;
      source: string;
    }>();
    expect(y.source).toBe('import');
    expect(y.dates).toHaveLength(365);
    expect(y.dates.find((d) => d.date === '2026-10-09')).toEqual({
      date: '2026-10-09',
      instructional: false,
      note: 'Staff development day (no preschool)',
    });
    const audit = await t.db.query<{ context: { source: string; via: string; toVersion: number } }>(
      `SELECT context FROM audit_events WHERE action = 'calendar.replace' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit[0]!.context).toMatchObject({ source: 'import', via: 'api', toVersion: 1 });
  });

  it('a CSV with bad rows is refused whole: each row named by line and field (422), nothing written', async () => {
    const csv =
      'date,instructional,note\r\n2027-08-16,yes,First day\r\n2027-08-17,maybe,\r\n2027-02-30,yes,\r\n2027-08-16,no,again\r\n';
    const res = await admin.post(`/api/v1/schools/${middle}/calendars/import`, { csv });
    expect(res.statusCode).toBe(422);
    const p = res.json<Problem>();
    expect(p.code).toBe('RULE_VIOLATION');
    expect(p.errors!.map((e) => e.path)).toEqual(['lines.3.instructional', 'lines.4.date', 'lines.5.date']);
    const years = (await admin.get(`/api/v1/schools/${middle}/calendars`)).json<{ data: { schoolYear: string }[] }>();
    expect(years.data.map((y) => y.schoolYear)).toEqual(['2026-2027']);
    const empty = await admin.post(`/api/v1/schools/${middle}/calendars/import`, {
      csv: 'when,open\r\n2027-08-16,yes\r\n',
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.json<Problem>().errors![0]!.path).toBe('lines.1.date');
    const wrongYear = await admin.post(`/api/v1/schools/${middle}/calendars/import`, {
      csv: 'date,instructional\n2027-08-16,yes\n',
      schoolYear: '2026-2027',
    });
    expect(wrongYear.json<Problem>().errors).toEqual([
      { path: 'lines.2.date', message: stringContaining('not in the school year 2026-2027') },
    ]);
  });

  it('builds a year from its first and last day and closures; replacing it needs its ETag', async () => {
    const url = `/api/v1/schools/${middle}/calendars/2027-2028`;
    const put = (body: unknown, etag?: string) =>
      admin.request({ method: 'PUT', url, payload: body as object, headers: etag ? { 'if-match': etag } : {} });
    const bad = await put({ firstDay: '2027-08-16', lastDay: '2028-07-01', closures: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors).toEqual([{ path: 'lastDay', message: stringContaining('2028-06-30') }]);
    const made = await put({
      firstDay: '2027-08-16',
      lastDay: '2028-06-02',
      closures: [{ from: '2027-11-22', to: '2027-11-26', note: 'Thanksgiving break' }],
    });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json()).toMatchObject({
      schoolYear: '2027-2028',
      version: 1,
      source: 'build',
      days: 366,
      firstInstructionalDay: '2027-08-16',
      lastInstructionalDay: '2028-06-02',
    });
    const etag = made.headers.etag as string;
    expect((await put({ dates: [{ date: '2027-08-16', instructional: true }] })).statusCode).toBe(428);
    expect(
      (await put({ dates: [{ date: '2027-08-16', instructional: true }] }, `"${middle}.2027-2028.9"`)).statusCode,
    ).toBe(412);
    const outside = await put({ dates: [{ date: '2028-08-16', instructional: true }] }, etag);
    expect(outside.json<Problem>().errors).toEqual([{ path: 'dates.0.date', message: stringContaining('2027-2028') }]);
    const replaced = await put({ dates: [{ date: '2027-08-16', instructional: true, note: 'Only day' }] }, etag);
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({ version: 2, source: 'days', instructionalDays: 1, days: 366 });
  });

  it('another district’s school is not found, even for its administrator', async () => {
    const riverside = await t.signIn(DEMO.riversideAdmin);
    expect((await riverside.get(`/api/v1/schools/${early}/calendars`)).statusCode).toBe(404);
    const own = (await riverside.get('/api/v1/district/settings')).json<Settings>();
    expect(own).toMatchObject({
      stateProfile: 'TX',
      meetingNoticeDefault: null,
      effectiveProfile: { meetingNotice: { days: 5, counting: 'school', source: 'law' } },
    });
    expect(own.schools.map((s) => s.name)).toEqual(['Riverside Academy']);
  });
});
