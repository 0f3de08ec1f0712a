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
    after.content.goals = [
      { id: 'g3', text: 'Write a paragraph', objectives: [] },
      { ...base.content.goals[0]!, text: 'Read 110 wcpm' },
    ];
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

  it('says which field changed, relative to its section or item', () => {
    const after = structuredClone(base);
    after.dates.meetingDate = '2026-11-02';
    after.content.esy = { determination: 'needed', services: '' };
    const changes = diffPlans(base, after);
    expect(changes.map((c) => [c.section, c.field, c.item])).toEqual([
      ['dates', 'meetingDate', undefined],
      ['esy', 'determination', undefined],
    ]);
    expect('item' in changes[0]!).toBe(false);
  });

  it('names the list item a change is in by its own words and its position in the newer plan', () => {
    const before = {
      dates: {},
      content: {
        goals: [
          { id: 'g1', area: '', text: 'Read 100 wcpm', objectives: [{ id: 'o1', text: 'Read 60 wcpm' }] },
          { id: 'g2', area: 'Articulation', text: 'Produce /r/', objectives: [] },
        ],
      },
    };
    const after = {
      dates: {},
      content: {
        goals: [
          { id: 'g2', area: 'Articulation', text: 'Produce /r/ in conversation', objectives: [] },
          {
            id: 'g1',
            area: 'Reading fluency',
            text: 'Read 100 wcpm',
            objectives: [{ id: 'o1', text: 'Read 70 wcpm' }],
          },
        ],
      },
    };
    const changes = diffPlans(before, after);
    expect(changes).toEqual([
      // The area is new, and names the goal (the newer plan's words come first).
      {
        section: 'goals',
        path: 'goals[g1].area',
        field: 'area',
        change: 'changed',
        before: '',
        after: 'Reading fluency',
        item: { list: 'goals', id: 'g1', index: 1, label: 'Reading fluency' },
      },
      // An objective is a field of its goal, not an item of its own.
      {
        section: 'goals',
        path: 'goals[g1].objectives[o1].text',
        field: 'objectives[o1].text',
        change: 'changed',
        before: 'Read 60 wcpm',
        after: 'Read 70 wcpm',
        item: { list: 'goals', id: 'g1', index: 1, label: 'Reading fluency' },
      },
      {
        section: 'goals',
        path: 'goals[g2].text',
        field: 'text',
        change: 'changed',
        before: 'Produce /r/',
        after: 'Produce /r/ in conversation',
        item: { list: 'goals', id: 'g2', index: 0, label: 'Articulation' },
      },
    ]);
  });

  it('a removed item keeps its position and words in the older plan; an item without words has an empty label', () => {
    const before = {
      dates: {},
      content: {
        services: [
          { id: 's1', service: 'x' },
          { id: 's2', service: 'Speech-language therapy' },
        ],
        accommodations: [],
      },
    };
    const after = {
      dates: {},
      content: { services: [{ id: 's1', service: 'x' }], accommodations: [{ id: 'a1', description: '  ' }] },
    };
    expect(diffPlans(before, after)).toEqual([
      {
        section: 'services',
        path: 'services[s2]',
        field: '',
        change: 'removed',
        before: before.content.services[1],
        after: undefined,
        item: { list: 'services', id: 's2', index: 1, label: 'Speech-language therapy' },
      },
      {
        section: 'accommodations',
        path: 'accommodations[a1]',
        field: '',
        change: 'added',
        before: undefined,
        after: after.content.accommodations[0],
        item: { list: 'accommodations', id: 'a1', index: 0, label: '' },
      },
    ]);
  });

  it('a list of plain values (a 504 plan’s major life activities) and a whole section compare whole', () => {
    const before = { dates: {}, content: { majorLifeActivities: ['Reading'], impairment: 'ADHD' } };
    const after = {
      dates: {},
      content: {
        majorLifeActivities: ['Reading', 'Concentrating'],
        impairment: 'ADHD, combined type',
        reviewDate: '2027-05-01',
      },
    };
    expect(diffPlans(before, after).map((c) => [c.path, c.field, c.change, 'item' in c])).toEqual([
      ['majorLifeActivities', '', 'changed', false],
      ['impairment', '', 'changed', false],
      ['reviewDate', '', 'added', false],
    ]);
  });
});
