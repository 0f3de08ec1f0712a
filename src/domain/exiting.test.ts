import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseEventKind } from './case-events';
import { EXIT_REASONS } from './case-events';
import { addDays } from './dates';
import { basisOfExit, exiters, exitingRows, type ExitingStudent } from './exiting';
import { reportingWindow } from './indicators';

let n = 0;
const ev = (
  kind: CaseEventKind,
  occurredOn: string,
  details: Record<string, unknown> = {},
  voided = false,
): CaseEvent => ({ id: `x${++n}`, kind, occurredOn, details, recordedAt: `${occurredOn}T12:00:00Z`, voided });
const window = reportingWindow('2025-2026')!;
const countDate = '2025-10-02';
const student = (events: CaseEvent[], over: Partial<ExitingStudent> = {}): ExitingStudent => ({
  dateOfBirth: '2008-05-10',
  primaryDisability: null,
  hispanicLatino: false,
  races: ['white'],
  sex: 'F',
  englishLearner: false,
  events,
  ...over,
});
const exit = (on: string, reason = 'graduated_regular_diploma', extra: Record<string, unknown> = {}) =>
  ev('exit', on, { reason, ...extra });

describe('FS009 exiting (20 U.S.C. 1418(a)(1)(A)(ii)): who is counted', () => {
  it.each([
    ['2025-06-30', 0],
    ['2025-07-01', 1],
    ['2026-06-30', 1],
    ['2026-07-01', 0],
  ])('an exit on %s counts %i time(s) in 2025-2026', (on, count) => {
    expect(exiters([student([exit(on)])], window, countDate)).toHaveLength(count);
  });

  it.each([
    ['13', addDays('2011-10-02', 1), 0],
    ['14', '2011-10-02', 1],
    ['21', '2003-10-03', 1],
    ['22', '2003-10-02', 0],
  ])('aged %s on the count date', (_age, dateOfBirth, count) => {
    expect(
      exiters([student([exit('2026-03-01', 'reached_maximum_age')], { dateOfBirth })], window, countDate),
    ).toHaveLength(count);
  });

  it('a student who turns 22 during the year and ages out is reported at 21', () => {
    expect(
      exiters(
        [student([exit('2026-03-01', 'reached_maximum_age')], { dateOfBirth: '2004-03-01' })],
        window,
        countDate,
      )[0],
    ).toMatchObject({ age: 21, basis: 'RMA' });
  });

  it('voided exits never count; two exits in the year count once, at the last', () => {
    expect(
      exiters([student([ev('exit', '2025-10-01', { reason: 'dropped_out' }, true)])], window, countDate),
    ).toHaveLength(0);
    const twice = exiters(
      [
        student([
          exit('2025-09-01', 'dropped_out'),
          ev('referral', '2025-10-01', { source: 'parent' }),
          exit('2026-05-30', 'graduated_regular_diploma'),
        ]),
      ],
      window,
      countDate,
    );
    expect(twice).toEqual([expect.objectContaining({ exitedOn: '2026-05-30', basis: 'GHS' })]);
  });

  it('disability at exit: the exit event, else the student, else the last eligibility, else NOT_RECORDED', () => {
    const elig = ev('eligibility', '2020-01-10', { eligible: true, categories: ['autism'] });
    const one = (events: CaseEvent[], primaryDisability: string | null = null) =>
      exiters([student(events, { primaryDisability })], window, countDate)[0]!.disabilityCode;
    expect(
      one(
        [elig, exit('2026-01-10', 'dropped_out', { primaryDisability: 'specific_learning_disability' })],
        'intellectual_disability',
      ),
    ).toBe('SLD');
    expect(one([elig, exit('2026-01-10', 'dropped_out')], 'intellectual_disability')).toBe('ID');
    expect(one([elig, exit('2026-01-10', 'dropped_out')])).toBe('AUT');
    expect(one([exit('2026-01-10', 'dropped_out')])).toBe('NOT_RECORDED');
  });
});

describe('FS009 basis of exit', () => {
  it.each([
    ['graduated_regular_diploma', 'GHS'],
    ['alternate_diploma', 'GRADALTDPL'],
    ['certificate', 'RC'],
    ['reached_maximum_age', 'RMA'],
    ['deceased', 'D'],
    ['moved_known_to_continue', 'MKC'],
    ['dropped_out', 'DROPOUT'],
    ['no_longer_eligible', 'TRAN'],
    ['parent_revoked_consent', 'TRAN'],
    ['other', 'DROPOUT'],
  ])('%s → %s', (reason, code) => expect(basisOfExit(reason)).toBe(code));
  it('every recorded exit reason has a basis', () => {
    for (const r of EXIT_REASONS)
      expect(['GHS', 'GRADALTDPL', 'RC', 'RMA', 'D', 'MKC', 'DROPOUT', 'TRAN']).toContain(basisOfExit(r));
  });
});

describe('FS009 rows: category sets A–D and the total', () => {
  it('one graduate and one dropout', () => {
    const list = exiters(
      [
        student(
          [exit('2026-06-05', 'graduated_regular_diploma', { primaryDisability: 'specific_learning_disability' })],
          { dateOfBirth: '2007-11-20', sex: 'M', hispanicLatino: true },
        ),
        student([exit('2025-12-01', 'dropped_out', { primaryDisability: 'emotional_disturbance' })], {
          dateOfBirth: '2008-05-10',
          englishLearner: true,
        }),
      ],
      window,
      countDate,
    );
    expect(exitingRows(list, '2025-2026')).toEqual([
      ['2025-2026', 'A', 'GHS', 'SLD', 17, '', '', '', 1],
      ['2025-2026', 'A', 'DROPOUT', 'EMN', 17, '', '', '', 1],
      ['2025-2026', 'B', 'GHS', '', '', 'HI7', '', '', 1],
      ['2025-2026', 'B', 'DROPOUT', '', '', 'WH7', '', '', 1],
      ['2025-2026', 'C', 'GHS', '', '', '', 'M', '', 1],
      ['2025-2026', 'C', 'DROPOUT', '', '', '', 'F', '', 1],
      ['2025-2026', 'D', 'GHS', '', '', '', '', 'NLEP', 1],
      ['2025-2026', 'D', 'DROPOUT', '', '', '', '', 'LEP', 1],
      ['2025-2026', 'total', 'GHS', '', '', '', '', '', 1],
      ['2025-2026', 'total', 'DROPOUT', '', '', '', '', '', 1],
    ]);
  });
});
