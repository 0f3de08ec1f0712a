import { describe, expect, it } from 'vitest';
import { defaultSeries, fieldOf, meter, seriesFacts } from './logic';
import type { RemovalView } from './types';

const r = (id: string, firstDay: string, counts: boolean, daysRemoved: number): RemovalView =>
  ({ id, firstDay, lastDay: firstDay, counts, daysRemoved }) as RemovalView;

describe('the count meter', () => {
  it.each([
    [7, 7, { max: 10, warning: false, over: false, left: 3, ahead: 0 }],
    [8, 6, { max: 10, warning: true, over: false, left: 2, ahead: 2 }],
    [10, 10, { max: 10, warning: true, over: false, left: 0 }],
    [11, 9, { max: 11, warning: false, over: true, left: 0, ahead: 2 }],
  ])('%i days (%i to date)', (total, toDate, want) => {
    expect(meter({ total, toDate, limit: 10, warningDay: 8 })).toMatchObject(want);
  });
});

describe('form helpers', () => {
  it('maps API paths to form fields', () => {
    expect([
      fieldOf('lastDay'),
      fieldOf('parentNotice.notifiedOn'),
      fieldOf('removalIds.2'),
      fieldOf('inSchool'),
    ]).toEqual(['lastDay', 'notifiedOn', 'removalIds', 'inSchool']);
  });
  it('a pattern weighs the counted removals up to the one asked about', () => {
    const list = [
      r('a', '2026-09-01', true, 3),
      r('b', '2026-09-10', false, 1),
      r('c', '2026-10-01', true, 5),
      r('d', '2026-11-01', true, 4),
    ];
    expect(defaultSeries(list, 'c')).toEqual(['a', 'c']);
    expect(defaultSeries(list, null)).toEqual(['a', 'c', 'd']);
    expect(seriesFacts(list, ['a', 'c', 'd'])).toEqual({
      lengths: [3, 5, 4],
      total: 12,
      first: '2026-09-01',
      last: '2026-11-01',
    });
  });
});
