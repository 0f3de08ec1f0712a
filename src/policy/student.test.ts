/**
 * The ability matrix of src/policy/student.ts: for each role and each relationship (the one that grants
 * access, and the near misses that must not), the exact abilities the actor gets on the student.
 */
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { canViewStudent, studentAbilities, type StudentAbilities } from './student';

const LINCOLN = 'district-lincoln';
const RIVERSIDE = 'district-riverside';
const ELEM = 'school-elem';
const MIDDLE = 'school-middle';

/** The student every row is about (unless the row changes a fact): in Lincoln, at the middle school. */
const STUDENT: StudentFacts = {
  id: 'student-1',
  districtId: LINCOLN,
  schoolId: MIDDLE,
  caseManagerIds: ['cm-1', 'cm-9'],
  providerIds: ['provider-1'],
  teacherIds: ['teacher-1', 'teacher-3'],
  guardianIds: ['guardian-1', 'guardian-2'],
};

function facts(over: Partial<StudentFacts> = {}): StudentFacts {
  return { ...STUDENT, ...over };
}

function actor(role: Role, over: Partial<Actor> = {}): Actor {
  return {
    userId: `${role}-user`,
    districtId: LINCOLN,
    role,
    name: `A ${role}`,
    discipline: role === 'provider' ? 'slp' : null,
    schoolIds: [],
    studentId: null,
    guardianId: null,
    ...over,
  };
}

// The expected answers, written out (not derived from ROLE_ABILITIES, so a change there fails here).
const FULL: StudentAbilities = {
  view: true,
  viewDisability: true,
  viewGuardians: true,
  viewIdentifiers: true,
  viewAccessLog: true,
  edit: true,
};
const TEACHER: StudentAbilities = {
  view: true,
  viewDisability: false,
  viewGuardians: true,
  viewIdentifiers: false,
  viewAccessLog: true,
  edit: false,
};
const PROVIDER: StudentAbilities = {
  view: true,
  viewDisability: true,
  viewGuardians: true,
  viewIdentifiers: false,
  viewAccessLog: true,
  edit: false,
};
const FAMILY: StudentAbilities = {
  view: true,
  viewDisability: true,
  viewGuardians: true,
  viewIdentifiers: true,
  viewAccessLog: true,
  edit: false,
};
const NONE: StudentAbilities = {
  view: false,
  viewDisability: false,
  viewGuardians: false,
  viewIdentifiers: false,
  viewAccessLog: false,
  edit: false,
};

interface Row {
  role: Role;
  relation: string;
  actor: Actor;
  student: StudentFacts;
  expected: StudentAbilities;
}

const MATRIX: Row[] = [
  // district administrator
  {
    role: 'district_admin',
    relation: 'admin of the same district',
    actor: actor('district_admin'),
    student: facts(),
    expected: FULL,
  },
  {
    role: 'district_admin',
    relation: 'admin of the same district, student with no relationships at all',
    actor: actor('district_admin'),
    student: facts({ caseManagerIds: [], providerIds: [], teacherIds: [], guardianIds: [] }),
    expected: FULL,
  },
  {
    role: 'district_admin',
    relation: 'admin of another district',
    actor: actor('district_admin', { districtId: RIVERSIDE }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'district_admin',
    relation: 'admin of another district listed as the case manager',
    actor: actor('district_admin', { districtId: RIVERSIDE, userId: 'cm-1' }),
    student: facts(),
    expected: NONE,
  },

  // principal
  {
    role: 'principal',
    relation: 'principal of the school',
    actor: actor('principal', { schoolIds: [MIDDLE] }),
    student: facts(),
    expected: FULL,
  },
  {
    role: 'principal',
    relation: 'principal of several schools including the student’s',
    actor: actor('principal', { schoolIds: [ELEM, MIDDLE] }),
    student: facts(),
    expected: FULL,
  },
  {
    role: 'principal',
    relation: 'principal of another school',
    actor: actor('principal', { schoolIds: [ELEM] }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'principal',
    relation: 'principal with no school',
    actor: actor('principal', { schoolIds: [] }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'principal',
    relation: 'principal of another school listed as case manager',
    actor: actor('principal', { schoolIds: [ELEM], userId: 'cm-1' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'principal',
    relation: 'principal of a school with the same id, other district',
    actor: actor('principal', { schoolIds: [MIDDLE], districtId: RIVERSIDE }),
    student: facts(),
    expected: NONE,
  },

  // case manager
  {
    role: 'case_manager',
    relation: 'case manager of the student',
    actor: actor('case_manager', { userId: 'cm-1' }),
    student: facts(),
    expected: FULL,
  },
  {
    role: 'case_manager',
    relation: 'second case manager of the student',
    actor: actor('case_manager', { userId: 'cm-9' }),
    student: facts(),
    expected: FULL,
  },
  {
    role: 'case_manager',
    relation: 'other caseload',
    actor: actor('case_manager', { userId: 'cm-2' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'case_manager',
    relation: 'same school, not assigned',
    actor: actor('case_manager', { userId: 'cm-2', schoolIds: [MIDDLE] }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'case_manager',
    relation: 'student without a case manager',
    actor: actor('case_manager', { userId: 'cm-1' }),
    student: facts({ caseManagerIds: [] }),
    expected: NONE,
  },
  {
    role: 'case_manager',
    relation: 'not assigned but teaches and serves the student',
    actor: actor('case_manager', { userId: 'teacher-1' }),
    student: facts({ providerIds: ['teacher-1'] }),
    expected: NONE,
  },
  {
    role: 'case_manager',
    relation: 'matching id in another district',
    actor: actor('case_manager', { userId: 'cm-1', districtId: RIVERSIDE }),
    student: facts(),
    expected: NONE,
  },

  // teacher
  {
    role: 'teacher',
    relation: 'teacher of a section the student is in',
    actor: actor('teacher', { userId: 'teacher-1' }),
    student: facts(),
    expected: TEACHER,
  },
  {
    role: 'teacher',
    relation: 'teacher of another section the student is in',
    actor: actor('teacher', { userId: 'teacher-3' }),
    student: facts(),
    expected: TEACHER,
  },
  {
    role: 'teacher',
    relation: 'teacher of another section',
    actor: actor('teacher', { userId: 'teacher-2' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'teacher',
    relation: 'teacher at the same school, no shared section',
    actor: actor('teacher', { userId: 'teacher-2', schoolIds: [MIDDLE] }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'teacher',
    relation: 'teacher listed as case manager and provider, not teaching',
    actor: actor('teacher', { userId: 'cm-1' }),
    student: facts({ providerIds: ['cm-1'] }),
    expected: NONE,
  },
  {
    role: 'teacher',
    relation: 'matching id in another district',
    actor: actor('teacher', { userId: 'teacher-1', districtId: RIVERSIDE }),
    student: facts(),
    expected: NONE,
  },

  // related-service provider
  {
    role: 'provider',
    relation: 'provider assigned to the student',
    actor: actor('provider', { userId: 'provider-1' }),
    student: facts(),
    expected: PROVIDER,
  },
  {
    role: 'provider',
    relation: 'provider not assigned',
    actor: actor('provider', { userId: 'provider-2' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'provider',
    relation: 'provider at the same school, not assigned',
    actor: actor('provider', { userId: 'provider-2', schoolIds: [MIDDLE] }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'provider',
    relation: 'provider listed only as a teacher',
    actor: actor('provider', { userId: 'teacher-1' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'provider',
    relation: 'matching id in another district',
    actor: actor('provider', { userId: 'provider-1', districtId: RIVERSIDE }),
    student: facts(),
    expected: NONE,
  },

  // guardian
  {
    role: 'guardian',
    relation: 'guardian linked to the student',
    actor: actor('guardian', { guardianId: 'guardian-1' }),
    student: facts(),
    expected: FAMILY,
  },
  {
    role: 'guardian',
    relation: 'second guardian linked to the student',
    actor: actor('guardian', { guardianId: 'guardian-2' }),
    student: facts(),
    expected: FAMILY,
  },
  {
    role: 'guardian',
    relation: 'guardian of another child',
    actor: actor('guardian', { guardianId: 'guardian-7' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'guardian',
    relation: 'guardianId null',
    actor: actor('guardian', { guardianId: null }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'guardian',
    relation: 'guardianId null, user id equal to a linked guardian id',
    actor: actor('guardian', { guardianId: null, userId: 'guardian-1' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'guardian',
    relation: 'guardian account pointing at the student record',
    actor: actor('guardian', { guardianId: 'guardian-7', studentId: 'student-1' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'guardian',
    relation: 'matching guardian id in another district',
    actor: actor('guardian', { guardianId: 'guardian-1', districtId: RIVERSIDE }),
    student: facts(),
    expected: NONE,
  },

  // student
  {
    role: 'student',
    relation: 'the student themself',
    actor: actor('student', { studentId: 'student-1' }),
    student: facts(),
    expected: FAMILY,
  },
  {
    role: 'student',
    relation: 'another student',
    actor: actor('student', { studentId: 'student-2' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'student',
    relation: 'studentId null',
    actor: actor('student', { studentId: null }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'student',
    relation: 'classmate: user id listed as guardian and teacher',
    actor: actor('student', { studentId: 'student-2', userId: 'teacher-1', guardianId: 'guardian-1' }),
    student: facts(),
    expected: NONE,
  },
  {
    role: 'student',
    relation: 'same student id in another district',
    actor: actor('student', { studentId: 'student-1', districtId: RIVERSIDE }),
    student: facts(),
    expected: NONE,
  },
];

describe('studentAbilities: the ability matrix per role', () => {
  it('has related and unrelated rows for every role', () => {
    for (const role of ROLES) {
      const rows = MATRIX.filter((r) => r.role === role);
      expect(
        rows.some((r) => r.expected.view),
        `${role} has a row that grants view`,
      ).toBe(true);
      expect(rows.filter((r) => !r.expected.view).length, `${role} has rows that refuse`).toBeGreaterThanOrEqual(2);
      expect(rows.every((r) => r.actor.role === role)).toBe(true);
    }
  });

  it.each(MATRIX)('$role — $relation', ({ actor: a, student: s, expected }) => {
    expect(studentAbilities(a, s)).toEqual(expected);
    expect(canViewStudent(a, s)).toBe(expected.view);
  });
});

describe('studentAbilities: invariants', () => {
  it.each(ROLES)('%s in another district sees nothing even when every relationship id matches', (role) => {
    const a = actor(role, {
      districtId: RIVERSIDE,
      userId: 'insider',
      schoolIds: [MIDDLE],
      guardianId: 'insider-guardian',
      studentId: 'student-1',
    });
    const s = facts({
      caseManagerIds: ['insider'],
      providerIds: ['insider'],
      teacherIds: ['insider'],
      guardianIds: ['insider-guardian'],
    });
    // The same actor moved into the student's district does see the student: only the district differs.
    expect(studentAbilities({ ...a, districtId: LINCOLN }, s).view).toBe(true);
    expect(studentAbilities(a, s)).toEqual(NONE);
  });

  it('a teacher never gets viewDisability, identifiers or edit, whatever else they are listed as', () => {
    const a = actor('teacher', {
      userId: 'teacher-1',
      schoolIds: [MIDDLE, ELEM],
      guardianId: 'guardian-1',
      studentId: 'student-1',
    });
    const variants: StudentFacts[] = [
      facts(),
      facts({ caseManagerIds: ['teacher-1'] }),
      facts({ providerIds: ['teacher-1'] }),
      facts({ caseManagerIds: ['teacher-1'], providerIds: ['teacher-1'], guardianIds: ['guardian-1', 'teacher-1'] }),
    ];
    for (const s of variants) {
      const ab = studentAbilities(a, s);
      expect(ab.view).toBe(true);
      expect(ab.viewDisability).toBe(false);
      expect(ab.viewIdentifiers).toBe(false);
      expect(ab.edit).toBe(false);
    }
  });

  it('a guardian account with guardianId null sees no student at all', () => {
    const a = actor('guardian', {
      guardianId: null,
      userId: 'guardian-1',
      studentId: 'student-1',
      schoolIds: [MIDDLE],
    });
    const students = [
      facts(),
      facts({ id: 'student-2', guardianIds: [] }),
      facts({ id: 'student-3', guardianIds: ['guardian-1'] }),
      facts({ id: 'student-4', guardianIds: ['null', ''] }),
    ];
    for (const s of students) expect(studentAbilities(a, s)).toEqual(NONE);
  });

  it('a student account sees only its own record', () => {
    const a = actor('student', { studentId: 'student-5', userId: 'student-user-5' });
    const students = ['student-1', 'student-2', 'student-5', 'student-50', 'student-'].map((id) => facts({ id }));
    const visible = students.filter((s) => studentAbilities(a, s).view).map((s) => s.id);
    expect(visible).toEqual(['student-5']);
  });

  it('anything not viewable grants no other ability, and only staff who may see may edit', () => {
    // Every combination of the seven relationships, for every role: the role's own relationship
    // (and the same district) decides view, and nothing is granted without view.
    const own: Record<Role, (rel: Set<string>) => boolean> = {
      district_admin: () => true,
      principal: (rel) => rel.has('school'),
      case_manager: (rel) => rel.has('caseManager'),
      teacher: (rel) => rel.has('teacher'),
      provider: (rel) => rel.has('provider'),
      guardian: (rel) => rel.has('guardian'),
      student: (rel) => rel.has('self'),
    };
    const RELATIONS = ['district', 'school', 'caseManager', 'teacher', 'provider', 'guardian', 'self'] as const;
    let checked = 0;
    for (const role of ROLES) {
      for (let mask = 0; mask < 1 << RELATIONS.length; mask++) {
        const rel = new Set(RELATIONS.filter((_, i) => mask & (1 << i)));
        const a = actor(role, {
          userId: 'u',
          guardianId: 'g',
          studentId: 'me',
          schoolIds: rel.has('school') ? [MIDDLE] : [ELEM],
        });
        const s = facts({
          id: rel.has('self') ? 'me' : 'someone-else',
          districtId: rel.has('district') ? LINCOLN : RIVERSIDE,
          caseManagerIds: rel.has('caseManager') ? ['u'] : ['x'],
          teacherIds: rel.has('teacher') ? ['u'] : [],
          providerIds: rel.has('provider') ? ['u'] : [],
          guardianIds: rel.has('guardian') ? ['g'] : ['h'],
        });
        const ab = studentAbilities(a, s);
        const shouldView = rel.has('district') && own[role](rel);
        expect(ab.view, `${role} with ${[...rel].join(',') || 'nothing'}`).toBe(shouldView);
        if (!ab.view) expect(ab).toEqual(NONE);
        if (ab.edit) expect(['district_admin', 'principal', 'case_manager']).toContain(role);
        checked++;
      }
    }
    expect(checked).toBe(ROLES.length * 128);
  });
});
