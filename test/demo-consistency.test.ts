/**
 * The demo's facts agree with each other, since they feed the federal counts and the clocks: each student's status
 * follows their case events, categories match the eligibility found, exited students have an exit and no plan in
 * effect, a student's sex agrees with the name, and developmental delay is used only within the district's profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../src/db/connect';
import { migrate } from '../src/db/migrate';
import { seedDemo } from '../src/db/seed-demo';
import { ideaCaseOpen } from '../src/domain/case-clock';
import type { CaseEvent, CaseEventKind } from '../src/domain/case-events';
import { ageOn } from '../src/domain/dates';
import { developmentalDelayAllowed } from '../src/domain/disability';
import type { PlanStatus } from '../src/domain/plan';
import { stateProfile } from '../src/domain/state-profiles';
import { TEST_PASSWORD, TEST_TODAY } from './support/env';

interface Row {
  id: string;
  localId: string;
  firstName: string;
  sex: string;
  dob: string;
  status: string;
  primary: string | null;
  secondary: string | null;
  profile: string;
}

describe('the demo data is consistent', () => {
  let db: Database;
  let students: Row[];
  let events: Map<string, CaseEvent[]>;
  let plans: Map<string, { type: 'iep' | '504'; status: PlanStatus }[]>;

  beforeAll(async () => {
    db = await connect({ memory: true });
    await migrate(db);
    await seedDemo(db, TEST_PASSWORD);
    students = await db.query<Row>(
      `SELECT s.id::text AS id, s.local_id AS "localId", s.first_name AS "firstName", s.sex, to_char(s.date_of_birth, 'YYYY-MM-DD') AS dob, s.sped_status AS status,
              s.primary_disability AS primary, s.secondary_disability AS secondary, d.state_profile AS profile
         FROM students s JOIN districts d ON d.id = s.district_id ORDER BY s.local_id`,
    );
    events = new Map();
    for (const e of await db.query<{
      studentId: string;
      id: string;
      kind: string;
      occurredOn: string;
      details: Record<string, unknown>;
      recordedAt: unknown;
      voided: boolean;
    }>(
      `SELECT student_id::text AS "studentId", id::text AS id, kind, to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", details, recorded_at AS "recordedAt", voided_at IS NOT NULL AS voided FROM case_events`,
    )) {
      const list = events.get(e.studentId) ?? [];
      list.push({
        id: e.id,
        kind: e.kind as CaseEventKind,
        occurredOn: e.occurredOn,
        details: e.details,
        recordedAt: String(e.recordedAt instanceof Date ? e.recordedAt.toISOString() : e.recordedAt),
        voided: e.voided,
      });
      events.set(e.studentId, list);
    }
    plans = new Map();
    for (const p of await db.query<{ studentId: string; type: 'iep' | '504'; status: PlanStatus }>(
      `SELECT student_id::text AS "studentId", type, status FROM plans`,
    )) {
      plans.set(p.studentId, [...(plans.get(p.studentId) ?? []), { type: p.type, status: p.status }]);
    }
  }, 120_000);
  afterAll(async () => db.close());

  it('the status follows the case events: an open IDEA case is referred, evaluating or eligible; a closed one is not', () => {
    const wrong = students.filter((s) => {
      const ev = events.get(s.id) ?? [];
      if (ev.length === 0) return false;
      const open = ideaCaseOpen({ spedStatus: s.status, events: ev, plans: plans.get(s.id) ?? [] });
      return open !== ['referred', 'evaluating', 'eligible_iep'].includes(s.status);
    });
    expect(wrong.map((s) => `${s.localId} ${s.status}`)).toEqual([]);
  });

  it('an eligible student’s categories are the ones the latest eligibility determination found', () => {
    const wrong = students.filter((s) => {
      const found = [...(events.get(s.id) ?? [])]
        .filter((e) => !e.voided && e.kind === 'eligibility' && e.details.eligible === true)
        .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
        .at(-1);
      if (s.status !== 'eligible_iep') return s.primary !== null || s.secondary !== null;
      if (!s.primary) return true;
      return found !== undefined && !(found.details.categories as string[]).includes(s.primary);
    });
    expect(wrong.map((s) => `${s.localId} ${s.status} ${s.primary}`)).toEqual([]);
  });

  it('an exited student has an exit on record (with the category at exit) and no plan in effect or waiting', () => {
    const exited = students.filter((s) => s.status === 'exited');
    expect(exited.length).toBeGreaterThanOrEqual(3);
    for (const s of exited) {
      const exits = (events.get(s.id) ?? []).filter((e) => e.kind === 'exit' && !e.voided);
      expect(exits.length, s.localId).toBeGreaterThan(0);
      expect(typeof exits.at(-1)!.details.primaryDisability, s.localId).toBe('string');
      expect(
        (plans.get(s.id) ?? []).filter((p) => p.status === 'active' || p.status === 'awaiting_consent'),
        s.localId,
      ).toEqual([]);
    }
  });

  it('a student with an IEP in effect or waiting for consent is eligible; with a 504 plan and no IEP, on a 504 plan', () => {
    for (const s of students) {
      const ps = plans.get(s.id) ?? [];
      if (ps.some((p) => p.type === 'iep' && (p.status === 'active' || p.status === 'awaiting_consent')))
        expect(s.status, s.localId).toBe('eligible_iep');
      else if (ps.some((p) => p.type === '504' && p.status === 'active')) expect(s.status, s.localId).toBe('plan_504');
    }
  });

  it('each first name is one sex throughout, and the sex agrees with the names we know', () => {
    const byName = new Map<string, Set<string>>();
    for (const s of students) byName.set(s.firstName, (byName.get(s.firstName) ?? new Set()).add(s.sex));
    expect([...byName].filter(([, sexes]) => sexes.size > 1).map(([n]) => n)).toEqual([]);
    const known = {
      Camila: 'F',
      James: 'M',
      Benjamin: 'M',
      Priya: 'F',
      Maya: 'F',
      Diego: 'M',
      Theo: 'M',
      Sofia: 'F',
      Lucas: 'M',
    } as const;
    for (const [name, sex] of Object.entries(known))
      for (const s of students.filter((x) => x.firstName === name)) expect(s.sex, `${s.localId} ${name}`).toBe(sex);
  });

  it('no two students of a district share a name (searches by name find one child)', async () => {
    const dupes = await db.query<{ name: string }>(
      `SELECT first_name || ' ' || last_name AS name FROM students GROUP BY district_id, first_name, last_name HAVING count(*) > 1`,
    );
    expect(dupes.map((d) => d.name)).toEqual([]);
  });

  it('developmental delay only within the district profile’s ages (34 CFR 300.8(b), 300.111(b))', () => {
    const wrong = students.filter(
      (s) =>
        (s.primary === 'developmental_delay' || s.secondary === 'developmental_delay') &&
        !developmentalDelayAllowed(ageOn(s.dob, TEST_TODAY), stateProfile(s.profile).developmentalDelayAges),
    );
    expect(wrong.map((s) => `${s.localId} ${s.profile}`)).toEqual([]);
  });
});
