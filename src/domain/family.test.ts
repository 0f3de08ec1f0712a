import { describe, expect, it } from 'vitest';
import { calculateDeadline } from './deadlines';
import {
  appendToPresentLevels,
  checkChecklist,
  checklistProgress,
  checkText,
  emptyChecklist,
  FAMILY_LIMITS,
  mayAddFamilyInput,
  recordsRequestDue,
  studentPortalOpen,
  studentPortalOpensOn,
} from './family';
import { STATE_PROFILES } from './state-profiles';

const federal = STATE_PROFILES.federal;

describe('the student portal age (state profile studentPortalAge, 14 in every profile today)', () => {
  // Born 2012-06-15: 14 on 2026-06-15.
  it.each([
    ['2026-06-14', false, 'the day before the 14th birthday'],
    ['2026-06-15', true, 'on the 14th birthday'],
    ['2026-06-16', true, 'the day after'],
  ])('%s: %s (%s)', (today, open) => {
    expect(studentPortalOpen('2012-06-15', today, federal)).toBe(open);
    const r = mayAddFamilyInput({
      role: 'student',
      educationalRights: false,
      dateOfBirth: '2012-06-15',
      today,
      profile: federal,
    });
    expect(r).toEqual(open ? { allowed: true, kind: 'student_input' } : { allowed: false, reason: 'below_portal_age' });
  });

  it('opens on the birthday; born on 29 February, on 1 March of a common year', () => {
    expect(studentPortalOpensOn('2012-06-15', federal)).toBe('2026-06-15');
    expect(studentPortalOpensOn('2012-02-29', federal)).toBe('2026-03-01');
    expect(studentPortalOpen('2012-02-29', '2026-02-28', federal)).toBe(false);
    expect(studentPortalOpen('2012-02-29', '2026-03-01', federal)).toBe(true);
  });

  it('follows the profile, not a constant', () => {
    const at16 = { studentPortalAge: 16 };
    expect(studentPortalOpen('2012-06-15', '2026-06-15', at16)).toBe(false);
    expect(studentPortalOpen('2010-06-15', '2026-06-15', at16)).toBe(true);
  });
});

describe('who may add what (34 CFR 300.324(a)(1)(ii); 300.321(b))', () => {
  const base = { dateOfBirth: null, today: '2026-11-30', profile: federal };
  it('a guardian with educational rights adds parent concerns', () => {
    expect(mayAddFamilyInput({ ...base, role: 'guardian', educationalRights: true })).toEqual({
      allowed: true,
      kind: 'parent_concern',
    });
  });
  it('a guardian without educational rights adds nothing', () => {
    expect(mayAddFamilyInput({ ...base, role: 'guardian', educationalRights: false })).toEqual({
      allowed: false,
      reason: 'no_educational_rights',
    });
  });
  it('a student without a date of birth is not taken to be of age', () => {
    expect(mayAddFamilyInput({ ...base, role: 'student', educationalRights: false })).toEqual({
      allowed: false,
      reason: 'below_portal_age',
    });
  });
  it.each(['case_manager', 'teacher', 'provider', 'principal', 'district_admin'])('%s is not family', (role) => {
    expect(mayAddFamilyInput({ ...base, role, educationalRights: true })).toEqual({
      allowed: false,
      reason: 'not_family',
    });
  });
});

describe('text limits', () => {
  it('trims, refuses empty, and counts to the limit exactly', () => {
    expect(checkText('  hello \r\n', 10)).toEqual({ ok: true, text: 'hello' });
    expect(checkText('   ', 10)).toEqual({ ok: false, message: 'Write something first.' });
    expect(checkText('   ', 10, { required: false })).toEqual({ ok: true, text: '' });
    expect(checkText('x'.repeat(FAMILY_LIMITS.inputText), FAMILY_LIMITS.inputText).ok).toBe(true);
    expect(checkText('x'.repeat(FAMILY_LIMITS.inputText + 1), FAMILY_LIMITS.inputText)).toEqual({
      ok: false,
      message: 'At most 4000 characters (this has 4001).',
    });
  });
});

describe('adding input to the present levels', () => {
  const input = { text: ' Reading at home takes a long time. ', authorName: 'Elena Lopez', writtenOn: '2026-11-30' };
  it('into an empty field: the text, signed', () => {
    expect(appendToPresentLevels('', input, 100)).toBe('Reading at home takes a long time.\n— Elena Lopez, 2026-11-30');
  });
  it('after what the team wrote, with a blank line', () => {
    expect(appendToPresentLevels('Mother reports progress.\n', input, 200)).toBe(
      'Mother reports progress.\n\nReading at home takes a long time.\n— Elena Lopez, 2026-11-30',
    );
  });
  it('refuses (null) when the field would pass its limit, at the boundary', () => {
    const exact = 'Reading at home takes a long time.\n— Elena Lopez, 2026-11-30'.length;
    expect(appendToPresentLevels('', input, exact)).not.toBeNull();
    expect(appendToPresentLevels('', input, exact - 1)).toBeNull();
  });
});

describe('the preparation checklist', () => {
  it('keeps known items in list order, without duplicates, and trims notes', () => {
    const r = checkChecklist({
      items: ['list_questions', 'read_current_plan', 'list_questions'],
      notes: { strengths: '  loves math ' },
    });
    expect(r).toEqual({
      ok: true,
      checklist: {
        items: ['read_current_plan', 'list_questions'],
        notes: { ...emptyChecklist().notes, strengths: 'loves math' },
      },
    });
  });
  it('names an unknown item or note and a note that is too long', () => {
    const r = checkChecklist({
      items: ['read_current_plan', 'bake_cake'],
      notes: { mood: 'x', concerns: 'y'.repeat(FAMILY_LIMITS.checklistNote + 1) },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['items.1', 'notes.mood', 'notes.concerns']);
  });
  it('counts progress over items and notes', () => {
    expect(checklistProgress(emptyChecklist())).toEqual({ done: 0, total: 12 });
    const r = checkChecklist({ items: ['talk_with_child'], notes: { questions: 'Who will attend?' } });
    expect(r.ok && checklistProgress(r.checklist)).toEqual({ done: 2, total: 12 });
  });
});

describe('records requests (34 CFR 300.613(a))', () => {
  it.each([
    ['2026-11-30', '2027-01-14'],
    ['2028-01-20', '2028-03-05'], // across 29 February of a leap year
    ['2027-01-20', '2027-03-06'],
  ])('asked on %s: inspect by %s, the same date as the deadline engine', (from, due) => {
    expect(recordsRequestDue(from)).toEqual({ due, before: null });
    expect(calculateDeadline({ rule: 'records-request', from, profile: federal }).due).toBe(due);
  });

  // "before any meeting regarding an IEP, or any hearing …, or resolution session …, and in no case more than 45 days"
  it.each([
    ['iep_meeting', '2026-12-10', '2026-12-09'],
    ['resolution_meeting', '2026-12-10', '2026-12-09'],
    ['hearing', '2026-12-10', '2026-12-09'],
    // the day before the meeting is day 45 itself: the same date either way
    ['hearing', '2027-01-15', '2027-01-14'],
    // a meeting after day 45 does not move the date
    ['resolution_meeting', '2027-01-16', '2027-01-14'],
  ] as const)('a %s on %s: inspect by %s (asked on 2026-11-30)', (kind, on, due) => {
    const r = recordsRequestDue('2026-11-30', [{ kind, on }]);
    expect(r.due).toBe(due);
    expect(r.before === null ? null : r.before.kind).toBe(on < '2027-01-15' ? kind : null);
  });

  it('only meetings after the request count, the earliest first', () => {
    expect(
      recordsRequestDue('2026-11-30', [
        { kind: 'iep_meeting', on: '2026-11-30' },
        { kind: 'iep_meeting', on: '2026-11-20' },
      ]).due,
    ).toBe('2027-01-14');
    expect(
      recordsRequestDue('2026-11-30', [
        { kind: 'hearing', on: '2026-12-20' },
        { kind: 'resolution_meeting', on: '2026-12-05' },
      ]),
    ).toEqual({ due: '2026-12-04', before: { kind: 'resolution_meeting', on: '2026-12-05' } });
  });
});
