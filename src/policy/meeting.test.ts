import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles';
import type { Actor, StudentFacts } from './actor';
import { meetingAbilities, studentMeetingAbilities, type MeetingFacts } from './meeting';

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
const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  userId: `${role}-u`,
  districtId: D,
  role,
  name: role,
  discipline: null,
  schoolIds: [],
  studentId: null,
  guardianId: null,
  ...over,
});
const scheduled: MeetingFacts = { status: 'scheduled', participantUserIds: ['t2'] };
const held: MeetingFacts = { status: 'held', participantUserIds: [] };
const ab = (a: Actor, m: MeetingFacts = scheduled) => meetingAbilities(a, student, m);

describe('meeting abilities per role', () => {
  it.each<[string, Actor, { view: boolean; manage: boolean; respond: boolean; viewTeamCheck: boolean }]>([
    [
      'district administrator',
      actor('district_admin'),
      { view: true, manage: true, respond: false, viewTeamCheck: true },
    ],
    [
      'principal of the school',
      actor('principal', { schoolIds: ['school-1'] }),
      { view: true, manage: true, respond: false, viewTeamCheck: true },
    ],
    [
      'principal of another school',
      actor('principal', { schoolIds: ['school-2'] }),
      { view: false, manage: false, respond: false, viewTeamCheck: false },
    ],
    [
      'the case manager',
      actor('case_manager', { userId: 'cm' }),
      { view: true, manage: true, respond: false, viewTeamCheck: true },
    ],
    [
      'another case manager',
      actor('case_manager', { userId: 'cm2' }),
      { view: false, manage: false, respond: false, viewTeamCheck: false },
    ],
    [
      'a teacher of the student',
      actor('teacher', { userId: 't' }),
      { view: true, manage: false, respond: false, viewTeamCheck: true },
    ],
    [
      'a teacher invited to the meeting',
      actor('teacher', { userId: 't2' }),
      { view: true, manage: false, respond: false, viewTeamCheck: true },
    ],
    [
      'another teacher',
      actor('teacher', { userId: 't3' }),
      { view: false, manage: false, respond: false, viewTeamCheck: false },
    ],
    [
      'the provider serving the student',
      actor('provider', { userId: 'slp' }),
      { view: true, manage: false, respond: false, viewTeamCheck: true },
    ],
    [
      'a parent of the student',
      actor('guardian', { guardianId: 'g' }),
      { view: true, manage: false, respond: true, viewTeamCheck: false },
    ],
    [
      'the parent of another child',
      actor('guardian', { guardianId: 'h' }),
      { view: false, manage: false, respond: false, viewTeamCheck: false },
    ],
    [
      'the student',
      actor('student', { studentId: 'st-1' }),
      { view: true, manage: false, respond: false, viewTeamCheck: false },
    ],
    [
      'another student',
      actor('student', { studentId: 'st-2' }),
      { view: false, manage: false, respond: false, viewTeamCheck: false },
    ],
  ])('%s', (_label, a, want) => {
    const got = ab(a);
    expect({ view: got.view, manage: got.manage, respond: got.respond, viewTeamCheck: got.viewTeamCheck }).toEqual(
      want,
    );
  });

  it('nobody in another district sees it, even invited by id', () => {
    for (const role of ['district_admin', 'case_manager', 'teacher', 'guardian'] as Role[]) {
      expect(
        ab(actor(role, { districtId: 'other', userId: role === 'teacher' ? 't2' : 'cm', guardianId: 'g' })).view,
      ).toBe(false);
    }
  });

  it('a parent answers only a scheduled meeting; only managers schedule', () => {
    expect(ab(actor('guardian', { guardianId: 'g' }), held)).toMatchObject({ view: true, respond: false });
    expect(studentMeetingAbilities(actor('case_manager', { userId: 'cm' }), student)).toEqual({
      list: true,
      schedule: true,
    });
    expect(studentMeetingAbilities(actor('teacher', { userId: 't' }), student)).toEqual({
      list: true,
      schedule: false,
    });
    expect(studentMeetingAbilities(actor('guardian', { guardianId: 'g' }), student)).toEqual({
      list: true,
      schedule: false,
    });
  });
});
