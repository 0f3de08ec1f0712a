/** src/policy/progress.ts: progress reports, built on the plan policy's answer. */
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../domain/roles';
import type { Actor } from './actor';

const LINCOLN = 'district-lincoln';
function actor(role: Role, over: Partial<Actor> = {}): Actor {
  return {
    userId: `${role}-user`,
    districtId: LINCOLN,
    role,
    name: `A ${role}`,
    discipline: role === 'provider' ? 'slp' : null,
    schoolIds: ['school-1'],
    studentId: null,
    guardianId: null,
    ...over,
  };
}

import { editableGoal, progressAbilities } from './progress';

const SEES = { view: true, finalize: true, editSections: [], viewSections: ['goals'] } as const;
const DRAFT = { status: 'draft' } as const;
const ISSUED = { status: 'issued' } as const;

describe('progress report abilities', () => {
  it('nobody sees a report of a plan whose goals they may not see', () => {
    for (const role of ROLES) {
      expect(progressAbilities(actor(role), { ...SEES, view: false }, ISSUED), role).toEqual({
        view: false,
        edit: false,
        issue: false,
      });
      expect(progressAbilities(actor(role), { ...SEES, viewSections: ['accommodations'] }, ISSUED), role).toEqual({
        view: false,
        edit: false,
        issue: false,
      });
    }
  });
  it.each([
    ['district_admin', { view: true, edit: true, issue: true }, { view: true, edit: false, issue: false }],
    ['principal', { view: true, edit: true, issue: true }, { view: true, edit: false, issue: false }],
    ['case_manager', { view: true, edit: true, issue: true }, { view: true, edit: false, issue: false }],
    ['provider', { view: true, edit: true, issue: false }, { view: true, edit: false, issue: false }],
    ['teacher', { view: false, edit: false, issue: false }, { view: false, edit: false, issue: false }],
    ['guardian', { view: false, edit: false, issue: false }, { view: true, edit: false, issue: false }],
    ['student', { view: false, edit: false, issue: false }, { view: true, edit: false, issue: false }],
  ] as const)('%s: a draft, then the issued report', (role, draft, issued) => {
    expect(progressAbilities(actor(role), SEES, DRAFT)).toEqual(draft);
    expect(progressAbilities(actor(role), SEES, ISSUED)).toEqual(issued);
  });
  it('a provider writes the goals of their own discipline only; the case team writes all', () => {
    expect(editableGoal(actor('provider'), { discipline: 'slp' })).toBe(true);
    expect(editableGoal(actor('provider'), { discipline: 'ot' })).toBe(false);
    expect(editableGoal(actor('provider'), { discipline: null })).toBe(false);
    expect(editableGoal(actor('case_manager'), { discipline: 'ot' })).toBe(true);
  });
});
