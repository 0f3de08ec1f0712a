import { describe, expect, it } from 'vitest';
import { checkGoal } from './goals';

describe('checkGoal (34 CFR 300.320(a)(2)(i): measurable annual goals)', () => {
  it('accepts a goal with condition, observable behaviour, criterion and timeframe, naming the words that matched', () => {
    const r = checkGoal(
      'Given a grade-level passage, Maya will read aloud 90 words correct per minute in 4 of 5 trials by the annual review.',
    );
    expect(r.measurable).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.components.condition.matched).toMatch(/^Given a grade-level passage/);
    expect(r.components.behavior.matched).toBe('will read');
    expect(r.components.criterion.matched).toMatch(/90 words correct per minute|4 of 5 trials/);
    expect(r.components.timeframe.matched).toBe('by the annual review');
    expect(r.vagueVerbs).toEqual([]);
  });

  it.each([
    ['Sam will improve his reading.', ['behavior', 'criterion', 'timeframe'], ['improve']],
    ['Ana will understand fractions by June 2027.', ['behavior', 'criterion'], ['understand']],
    ['Leo will know his multiplication facts with 80% accuracy by the end of the school year.', ['behavior'], ['know']],
    ['Mia will be aware of her feelings.', ['behavior', 'criterion', 'timeframe'], ['be aware']],
  ])('refuses "%s" (missing %o, vague %o)', (text, missing, vague) => {
    const r = checkGoal(text);
    expect(r.measurable).toBe(false);
    expect(r.missing).toEqual(missing);
    expect(r.vagueVerbs).toEqual(vague);
    expect(r.suggestions.join(' ')).toMatch(/Replace/);
  });

  it.each([
    ['with 80% accuracy'],
    ['in 4 out of 5 trials'],
    ['in 4/5 opportunities'],
    ['on three consecutive probes'],
    ['with no more than 2 prompts'],
    ['at least 3 times per day'],
    ['with four of five correct'],
  ])('recognises the criterion "%s"', (criterion) => {
    const r = checkGoal(
      `During math class, Jo will solve two-step word problems ${criterion} by the end of the IEP year.`,
    );
    expect(r.components.criterion.found).toBe(true);
    expect(r.measurable).toBe(true);
  });

  it.each([
    ['by June 2027'],
    ['by 06/15/2027'],
    ['within 36 instructional weeks'],
    ['by the end of the second semester'],
    ['in one year'],
    ['by the end of the IEP'],
  ])('recognises the timeframe "%s"', (tf) => {
    const r = checkGoal(
      `Given a visual schedule, Kai will transition between activities within 2 minutes in 4 of 5 opportunities ${tf}.`,
    );
    expect(r.components.timeframe.found).toBe(true);
  });

  it('is measurable without a condition, but suggests one', () => {
    const r = checkGoal('Omar will write a five-sentence paragraph scoring 3 of 4 on the district rubric by May 2027.');
    expect(r.measurable).toBe(true);
    expect(r.components.condition.found).toBe(false);
    expect(r.suggestions.some((s) => s.startsWith('Consider a condition'))).toBe(true);
  });

  it('a number alone is not a criterion, and a year alone is not a timeframe', () => {
    const r = checkGoal('In grade 5 the student will read in 2027.');
    expect(r.components.criterion.found).toBe(false);
    expect(r.components.timeframe.found).toBe(false);
  });

  it('is deterministic', () => {
    const text = 'Given 10 CVC words, Ben will decode 8 of 10 by the end of the first quarter.';
    expect(checkGoal(text)).toEqual(checkGoal(text));
  });
});
