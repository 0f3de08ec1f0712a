import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from '../../../src/domain/state-profiles';
import type { ProfileDefinition } from './api';
import { dayOptions, formProblems, patchOf, rejectedRows, withProfile, type SettingsForm } from './logic';

const def = (code: 'federal' | 'CA' | 'TX'): ProfileDefinition => ({ ...BUILT_IN_PROFILES[code], builtIn: true });
const form = (over: Partial<SettingsForm> = {}): SettingsForm => ({
  stateProfile: 'CA',
  countMode: 'default',
  month: '10',
  day: '1',
  noticeDays: '10',
  noticeCounting: 'calendar',
  ...over,
});

describe('the settings form', () => {
  it('offers only count days from October 1 to December 1', () => {
    expect(dayOptions('10')).toHaveLength(31);
    expect(dayOptions('11').at(-1)).toBe(30);
    expect(dayOptions('12')).toEqual([1]);
  });

  it('checks the count date and the lead time by the domain’s rules', () => {
    expect(formProblems(form({ countMode: 'fixed', month: '12', day: '2' }), def('CA'))).toEqual({
      countDate: 'invalid',
    });
    expect(formProblems(form({ countMode: 'fixed', month: '12', day: '1' }), def('CA'))).toEqual({});
    expect(formProblems(form({ noticeDays: '0' }), def('CA'))).toEqual({ notice: { kind: 'invalidDays' } });
    expect(formProblems(form({ noticeDays: 'ten' }), def('CA'))).toEqual({ notice: { kind: 'invalidDays' } });
    expect(formProblems(form({ stateProfile: 'TX', noticeDays: '4', noticeCounting: 'school' }), def('TX'))).toEqual({
      notice: { kind: 'belowLaw', days: 5, counting: 'school' },
    });
    expect(formProblems(form({ stateProfile: 'TX', noticeDays: '5', noticeCounting: 'school' }), def('TX'))).toEqual(
      {},
    );
  });

  it('choosing a state whose law sets the lead time takes its counting and minimum', () => {
    expect(withProfile(form({ noticeDays: '10', noticeCounting: 'calendar' }), def('TX'))).toMatchObject({
      stateProfile: 'TX',
      noticeDays: '5',
      noticeCounting: 'school',
    });
    expect(withProfile(form({ noticeDays: '8', noticeCounting: 'school' }), def('TX'))).toMatchObject({
      noticeDays: '8',
    });
    expect(withProfile(form({ noticeDays: '12' }), def('federal'))).toMatchObject({
      stateProfile: 'federal',
      noticeDays: '12',
      noticeCounting: 'calendar',
    });
  });

  it('sends the law’s own lead time as "follow the law" (null) and the first Thursday as null', () => {
    expect(patchOf(form({ stateProfile: 'TX', noticeDays: '5', noticeCounting: 'school' }), def('TX'))).toEqual({
      stateProfile: 'TX',
      childCountDate: null,
      meetingNoticeDefault: null,
    });
    expect(patchOf(form({ countMode: 'fixed', month: '11', day: '3', noticeDays: '14' }), def('CA'))).toEqual({
      stateProfile: 'CA',
      childCountDate: '11-03',
      meetingNoticeDefault: { days: 14, counting: 'calendar' },
    });
  });

  it('reads a refused import’s rows back from the problem’s paths, in line order', () => {
    expect(
      rejectedRows([
        { path: 'lines.12.date', message: 'bad' },
        { path: 'lines.3.instructional', message: 'no' },
        { path: 'csv', message: 'x' },
      ]),
    ).toEqual([
      { line: 0, field: 'csv', reason: 'x' },
      { line: 3, field: 'instructional', reason: 'no' },
      { line: 12, field: 'date', reason: 'bad' },
    ]);
  });
});
