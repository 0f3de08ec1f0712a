import { describe, expect, it } from 'vitest';
import { environmentCode, regularClassPercent } from './placement';

describe('environmentCode (618 educational environments)', () => {
  it.each([
    [360, 360, 'RC80'],
    [288, 360, 'RC80'], // exactly 80 %
    [287, 360, 'RC79TO40'], // 79.7 %
    [144, 360, 'RC79TO40'], // exactly 40 %
    [143, 360, 'RC39'], // 39.7 %
    [0, 360, 'RC39'],
  ])('%i of %i minutes in the regular class → %s', (inRegular, day, code) => {
    expect(environmentCode('regular_school', inRegular, day)).toBe(code);
  });
  it('a separate setting has its own code whatever the minutes', () => {
    expect(environmentCode('separate_school', 300, 360)).toBe('SS');
    expect(environmentCode('homebound_hospital', 0, 0)).toBe('HH');
  });
  it('refuses impossible minutes', () => {
    expect(environmentCode('regular_school', 400, 360)).toBeNull();
    expect(environmentCode('regular_school', 10, 0)).toBeNull();
    expect(regularClassPercent(287, 360)).toBe(79.7);
  });
});
