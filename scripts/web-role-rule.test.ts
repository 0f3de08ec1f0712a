import { describe, expect, it } from 'vitest';
import { roleDecisions } from './web-role-rule';

describe('web role rule: the web app decides from abilities, never from the role', () => {
  it.each([
    ["const family = user.role === 'guardian' || user.role === 'student';"],
    ["if (session.user.role !== 'teacher') load();"],
    ['const isProvider = user?.role === x;'],
    ['const { role, name } = useUser();'],
    ["const STAFF = new Set(['district_admin', 'principal']);"],
    ["switch (r) { case 'case_manager': return 1; }"],
    ['import { STAFF_ROLES } from "../../src/domain/roles"; STAFF_ROLES.includes(x);'],
    ['return RECORD_ROLES.has(user.role);'],
    ['mayAddToGoalBank(me.role)'],
  ])('flags %s', (source) => {
    expect(roleDecisions(source).length).toBeGreaterThan(0);
  });

  it.each([
    ['<span>{roleLabel(intl, user.role)}</span>'],
    ["t('header.account', { name: user.name, role: roleLabel(intl, user.role) })"],
    ['{user.abilities.readOutbox && <Outbox />}'],
    ["const family = user.abilities.portal !== null; const s = user.abilities.portal === 'student';"],
    // A meeting participant's role (300.321) is a fact of the meeting, not who is signed in.
    ["{(p.role === 'parent' || p.role === 'student') && <Answer />} {EXCUSABLE_ROLES.includes(p.role) && <Excuse />}"],
    ["// A general education teacher ('teacher') does not keep the clock.\nconst x = 1;"],
    ["/* the 'case_manager' decides */ const y = 2;"],
    ['const url = "http://example.org/a"; // user.role'],
    ['<li className="card guardian" data-testid="guardian">'],
  ])('allows %s', (source) => {
    expect(roleDecisions(source)).toEqual([]);
  });

  it('names the line of each decision', () => {
    expect(roleDecisions("const a = 1;\nconst b = user.role === 'teacher';")).toEqual([
      "line 2: reads the signed-in person's role (`user.role`); decide from the abilities the server sends",
      "line 2: names a role code (`'teacher'`); decide from the abilities the server sends",
    ]);
  });
});
