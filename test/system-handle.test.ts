/**
 * The system handle (issue 10): elevation is an explicit actor of its own, and the reason its caller gives is
 * written into every audit row it makes — as the system (role 'system', no user), naming the tool, with
 * `context.why` that the entry itself cannot override. A blank reason is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemHandle, SYSTEM_ROLE } from '../src/db/handle';
import { cloneTestDb, ENGINES, type TestDb } from './support/db';

describe.each(ENGINES)('systemHandle on %s', (engine) => {
  let t: TestDb;
  let district: string;
  let students: string[];
  beforeAll(async () => {
    t = await cloneTestDb(engine);
    district = (await t.db.query<{ id: string }>(`SELECT id::text AS id FROM districts ORDER BY name LIMIT 1`))[0]!.id;
    students = (
      await t.db.query<{ id: string }>(
        `SELECT id::text AS id FROM students WHERE district_id = $1::uuid ORDER BY id LIMIT 2`,
        [district],
      )
    ).map((r) => r.id);
  });
  afterAll(async () => t.drop());

  const rowsOf = (action: string) =>
    t.db.query<{
      districtId: string | null;
      actorUserId: string | null;
      actorName: string | null;
      actorRole: string | null;
      studentId: string | null;
      context: Record<string, unknown>;
    }>(
      `SELECT district_id::text AS "districtId", actor_user_id::text AS "actorUserId", actor_name AS "actorName", actor_role AS "actorRole",
              student_id::text AS "studentId", context FROM audit_events WHERE action = $1 ORDER BY id`,
      [action],
    );

  it('an audit row made through the system handle names the system, the tool and the why (which the entry cannot override)', async () => {
    const sys = systemHandle(t.db, '  test: the reason given for the elevation  ', { name: 'openiep test tool' });
    expect(sys.why).toBe('test: the reason given for the elevation');
    await sys.db.transaction((tx) =>
      sys.audit(tx, district, {
        action: 'roster.import',
        studentIds: students,
        context: { change: 'created', why: 'a forged reason' },
      }),
    );
    const rows = await rowsOf('roster.import');
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r).toMatchObject({
        districtId: district,
        actorUserId: null,
        actorName: 'openiep test tool',
        actorRole: SYSTEM_ROLE,
      });
      expect(r.context).toEqual({ change: 'created', why: 'test: the reason given for the elevation' });
    }
    expect(rows.map((r) => r.studentId).sort()).toEqual([...students].sort());
  });

  it('work that belongs to no district is recorded with no district, still with its why', async () => {
    const sys = systemHandle(t.db, 'test: outside any district');
    await sys.db.transaction((tx) => sys.audit(tx, null, { action: 'state_profile.add', context: { code: 'ZZ' } }));
    const [row] = await rowsOf('state_profile.add');
    expect(row).toMatchObject({
      districtId: null,
      actorUserId: null,
      actorName: 'system',
      actorRole: 'system',
      studentId: null,
      context: { code: 'ZZ', why: 'test: outside any district' },
    });
  });

  it('the row commits with the work: a rolled-back transaction leaves no row', async () => {
    const sys = systemHandle(t.db, 'test: rolled back');
    await expect(
      sys.db.transaction(async (tx) => {
        await sys.audit(tx, district, { action: 'notification.outbox.read', studentId: students[0]! });
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await rowsOf('notification.outbox.read')).toEqual([]);
  });

  it('refuses an elevation that does not say why', () => {
    expect(() => systemHandle(t.db, '')).toThrow(/why/);
    expect(() => systemHandle(t.db, '   ')).toThrow(/why/);
  });
});
