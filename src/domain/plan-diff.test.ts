import { describe, expect, it } from 'vitest';
import { diffPlans } from './plan-diff';

const base = {
  dates: { meetingDate: '2026-09-10', endDate: '2027-09-09' },
  content: {
    esy: { determination: 'not_needed', services: '' },
    goals: [
      { id: 'g1', text: 'Read 100 wcpm', objectives: [] },
      { id: 'g2', text: 'Produce /r/', objectives: [] },
    ],
  },
};

describe('diffPlans', () => {
  it('finds nothing between identical plans', () => {
    expect(diffPlans(base, structuredClone(base))).toEqual([]);
  });

  it('names changed fields, and list items by id whatever their order', () => {
    const after = structuredClone(base);
    after.dates.meetingDate = '2026-11-02';
    after.content.esy = { determination: 'needed', services: 'Reading in July' };
    after.content.goals = [{ id: 'g3', text: 'Write a paragraph', objectives: [] }, { ...base.content.goals[0]!, text: 'Read 110 wcpm' }];
    const changes = diffPlans(base, after);
    expect(changes.map((c) => [c.path, c.change])).toEqual([
      ['dates.meetingDate', 'changed'],
      ['esy.determination', 'changed'],
      ['esy.services', 'changed'],
      ['goals[g1].text', 'changed'],
      ['goals[g2]', 'removed'],
      ['goals[g3]', 'added'],
    ]);
    expect(changes[3]).toMatchObject({ section: 'goals', before: 'Read 100 wcpm', after: 'Read 110 wcpm' });
  });
});
