import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { IEP_SECTIONS, planAbilities, type PlanFacts } from './plan';

const D = 'district-1';
const student: StudentFacts = {
  id: 'st-1',
  districtId: D,
  schoolId: 'school-1',
  caseManagerIds: ['cm'],
  providerIds: ['slp'],
  teacherIds: ['t'],
  guardianIds: ['g'],
};
const actors: Record<Role, Actor> = {
  district_admin: {
    userId: 'adm',
    districtId: D,
    role: 'district_admin',
    name: 'A',
    discipline: null,
    schoolIds: [],
    studentId: null,
    guardianId: null,
  },
  principal: {
    userId: 'pr',
    districtId: D,
    role: 'principal',
    name: 'P',
    discipline: null,
    schoolIds: ['school-1'],
    studentId: null,
    guardianId: null,
  },
  case_manager: {
    userId: 'cm',
    districtId: D,
    role: 'case_manager',
    name: 'C',
    discipline: null,
    schoolIds: [],
    studentId: null,
    guardianId: null,
  },
  teacher: {
    userId: 't',
    districtId: D,
    role: 'teacher',
    name: 'T',
    discipline: null,
    schoolIds: [],
    studentId: null,
    guardianId: null,
  },
  provider: {
    userId: 'slp',
    districtId: D,
    role: 'provider',
    name: 'S',
    discipline: 'slp',
    schoolIds: [],
    studentId: null,
    guardianId: null,
  },
  guardian: {
    userId: 'gu',
    districtId: D,
    role: 'guardian',
    name: 'G',
    discipline: null,
    schoolIds: [],
    studentId: null,
    guardianId: 'g',
  },
  student: {
    userId: 'su',
    districtId: D,
    role: 'student',
    name: 'S',
    discipline: null,
    schoolIds: [],
    studentId: 'st-1',
    guardianId: null,
  },
};
const draft: PlanFacts = { type: 'iep', status: 'draft', sharedWithFamily: false };
const shared: PlanFacts = { ...draft, sharedWithFamily: true };
const active: PlanFacts = { type: 'iep', status: 'active', sharedWithFamily: false };
const superseded: PlanFacts = { type: 'iep', status: 'superseded', sharedWithFamily: false };

type Row = [
  Role,
  PlanFacts,
  { view: boolean; edit: string; finalize: boolean; amend: boolean; print: boolean; sections: string },
];
const ALL = 'all';
describe('plan abilities per role (each row: role, plan, expected)', () => {
  it.each<Row>([
    ['district_admin', draft, { view: true, edit: ALL, finalize: true, amend: false, print: true, sections: ALL }],
    ['district_admin', active, { view: true, edit: '', finalize: false, amend: true, print: true, sections: ALL }],
    ['principal', draft, { view: true, edit: ALL, finalize: true, amend: false, print: true, sections: ALL }],
    ['case_manager', draft, { view: true, edit: ALL, finalize: true, amend: false, print: true, sections: ALL }],
    ['case_manager', active, { view: true, edit: '', finalize: false, amend: true, print: true, sections: ALL }],
    ['case_manager', superseded, { view: true, edit: '', finalize: false, amend: false, print: true, sections: ALL }],
    [
      'provider',
      draft,
      { view: true, edit: 'goals,services', finalize: false, amend: false, print: true, sections: ALL },
    ],
    ['provider', active, { view: true, edit: '', finalize: false, amend: false, print: true, sections: ALL }],
    ['teacher', draft, { view: false, edit: '', finalize: false, amend: false, print: false, sections: '' }],
    ['teacher', shared, { view: false, edit: '', finalize: false, amend: false, print: false, sections: '' }],
    [
      'teacher',
      active,
      { view: true, edit: '', finalize: false, amend: false, print: false, sections: 'goals,accommodations' },
    ],
    ['teacher', superseded, { view: false, edit: '', finalize: false, amend: false, print: false, sections: '' }],
    ['guardian', draft, { view: false, edit: '', finalize: false, amend: false, print: false, sections: '' }],
    ['guardian', shared, { view: true, edit: '', finalize: false, amend: false, print: true, sections: ALL }],
    ['guardian', active, { view: true, edit: '', finalize: false, amend: false, print: true, sections: ALL }],
    ['student', draft, { view: false, edit: '', finalize: false, amend: false, print: false, sections: '' }],
    ['student', active, { view: true, edit: '', finalize: false, amend: false, print: true, sections: ALL }],
  ])('%s on %o', (role, plan, want) => {
    const a = planAbilities(actors[role], student, plan);
    const list = (s: readonly string[]) => (s.length === IEP_SECTIONS.length ? ALL : s.join(','));
    expect({
      view: a.view,
      edit: list(a.editSections),
      finalize: a.finalize,
      amend: a.amend,
      print: a.print,
      sections: list(a.viewSections),
    }).toEqual(want);
  });

  it('nobody sees a plan of a student they may not see (another district, another caseload)', () => {
    for (const role of Object.keys(actors) as Role[]) {
      expect(planAbilities({ ...actors[role], districtId: 'other' }, student, active).view).toBe(false);
    }
    expect(planAbilities({ ...actors.case_manager, userId: 'cm-2' }, student, draft).view).toBe(false);
  });

  it('a 504 plan has its own sections', () => {
    expect(
      planAbilities(actors.case_manager, student, { type: '504', status: 'draft', sharedWithFamily: false })
        .editSections,
    ).toContain('impairment');
  });
});

describe('proposing and ending', () => {
  const proposed: PlanFacts = { type: 'iep', status: 'proposed', sharedWithFamily: false };
  it('the case manager proposes a draft, finalizes a draft or a proposal, and ends the plan in effect', () => {
    const a = (p: PlanFacts) => planAbilities(actors.case_manager, student, p);
    expect([a(draft).propose, a(draft).finalize, a(draft).end]).toEqual([true, true, false]);
    expect([a(proposed).propose, a(proposed).finalize, a(proposed).end, a(proposed).editSections.length]).toEqual([
      false,
      true,
      false,
      0,
    ]);
    expect([a(active).propose, a(active).finalize, a(active).end]).toEqual([false, false, true]);
  });
  it('a proposal is the family’s to read, not the teacher’s; providers neither propose nor end', () => {
    expect(planAbilities(actors.guardian, student, proposed).view).toBe(true);
    expect(planAbilities(actors.teacher, student, proposed).view).toBe(false);
    expect(planAbilities(actors.provider, student, draft).propose).toBe(false);
    expect(planAbilities(actors.provider, student, active).end).toBe(false);
  });
});

describe('ownDisciplineOnly: whose goals and services the actor changes (update-plan checks the same answer)', () => {
  it.each<[Role, boolean]>([
    ['district_admin', false],
    ['principal', false],
    ['case_manager', false],
    ['provider', true],
  ])('%s on a draft → %s', (role, want) => {
    expect(planAbilities(actors[role], student, draft).ownDisciplineOnly).toBe(want);
  });
  it.each<Role>(['teacher', 'guardian', 'student'])('%s edits nothing, so nothing of a discipline', (role) => {
    const a = planAbilities(actors[role], student, shared);
    expect([a.editSections.length, a.ownDisciplineOnly]).toEqual([0, false]);
  });
});
