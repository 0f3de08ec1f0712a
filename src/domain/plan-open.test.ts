import { describe, expect, it } from 'vitest';
import {
  currentPlanOf,
  isOpenPlan,
  PLAN_STATUSES,
  startingPlanStillCurrent,
  type PlanStatus,
  type PlanType,
} from './plan';

const plan = (id: string, type: PlanType, status: PlanStatus) => ({ id, type, status });

describe('open plans and the plan a draft starts from', () => {
  it('only drafts and proposals are open', () => {
    expect(PLAN_STATUSES.filter(isOpenPlan)).toEqual(['draft', 'proposed']);
  });

  it('the current plan of a type is the one waiting for consent, else the one in effect, else none', () => {
    const plans = [
      plan('old', 'iep', 'superseded'),
      plan('a', 'iep', 'active'),
      plan('504', '504', 'active'),
      plan('d', 'iep', 'draft'),
    ];
    expect(currentPlanOf(plans, 'iep')?.id).toBe('a');
    expect(currentPlanOf(plans, '504')?.id).toBe('504');
    expect(currentPlanOf([plan('w', 'iep', 'awaiting_consent'), plan('a', 'iep', 'active')], 'iep')?.id).toBe('w');
    expect(
      currentPlanOf(
        [plan('e', 'iep', 'ended'), plan('r', 'iep', 'consent_refused'), plan('x', 'iep', 'withdrawn')],
        'iep',
      ),
    ).toBeNull();
  });

  it('a draft may be finalized only while the plan it started from is still the current one', () => {
    expect(startingPlanStillCurrent('a', { id: 'a' })).toBe(true);
    expect(startingPlanStillCurrent(null, null)).toBe(true);
    expect(startingPlanStillCurrent('a', { id: 'b' })).toBe(false); // another plan took effect
    expect(startingPlanStillCurrent('a', null)).toBe(false); // the one it revised ended
    expect(startingPlanStillCurrent(null, { id: 'b' })).toBe(false); // a first plan, but another took effect meanwhile
  });
});
