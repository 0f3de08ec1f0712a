import { describe, expect, it } from 'vitest';
import {
  canIssue,
  languageFinding,
  missingElements,
  noticeFindings,
  PWN_ELEMENTS,
  PWN_ELEMENT_KEYS,
  type PwnElements,
} from './prior-written-notice';

const complete: PwnElements = {
  actionDescription: 'The district proposes a reevaluation in speech and language.',
  reasons: 'Three years have passed since the last evaluation.',
  evaluationsUsed: 'Progress reports, 2025–26; speech-language evaluation of 2023.',
  safeguardsStatement: 'You have protection under the procedural safeguards; ask the office for a copy.',
  assistanceSources: 'Parent Training and Information Center; the special education office.',
  optionsConsidered: 'Not reevaluating: rejected because the team needs current information.',
  otherFactors: 'None.',
};

describe('prior written notice: the seven elements of 34 CFR 300.503(b)', () => {
  it('lists the seven elements in the order of the regulation, each with its citation', () => {
    expect(PWN_ELEMENTS.map((e) => e.citation)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `34 CFR 300.503(b)(${n})`));
  });

  it('a complete notice has no finding and may be issued', () => {
    expect(missingElements(complete)).toEqual([]);
    expect(canIssue(noticeFindings({ ...complete, language: 'es' }, ['es'], ['en', 'es']))).toBe(true);
  });

  it.each(PWN_ELEMENT_KEYS.map((k, i) => [k, i + 1] as const))(
    'without %s: one finding citing 300.503(b)(%i), and it cannot be issued',
    (key, n) => {
      for (const blank of ['', '   \n', null, undefined]) {
        const findings = missingElements({ ...complete, [key]: blank });
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
          rule: `element.${key}`,
          path: key,
          citation: `34 CFR 300.503(b)(${n})`,
          severity: 'error',
        });
        expect(canIssue(findings)).toBe(false);
      }
    },
  );

  it('an empty notice is missing all seven, in order', () => {
    expect(missingElements({}).map((f) => f.citation)).toEqual(PWN_ELEMENTS.map((e) => e.citation));
  });
});

describe("the notice is in the parent's native language (34 CFR 300.503(c))", () => {
  const printable = ['en', 'es'];
  it('in one of the parents’ languages: no finding', () => {
    expect(languageFinding('es', ['es'], printable)).toBeNull();
    expect(languageFinding('en', ['es', 'en'], printable)).toBeNull();
  });
  it('in English for a Spanish-speaking parent: an error (300.503(c)(1)(ii))', () => {
    expect(languageFinding('en', ['es'], printable)).toMatchObject({
      path: 'language',
      severity: 'error',
      citation: '34 CFR 300.503(c)(1)(ii)',
    });
    expect(canIssue(noticeFindings({ ...complete, language: 'en' }, ['es'], printable))).toBe(false);
  });
  it('a language the district cannot print: a warning to translate orally (300.503(c)(2)), not a block', () => {
    const f = languageFinding('en', ['vi'], printable);
    expect(f).toMatchObject({ severity: 'warning', citation: '34 CFR 300.503(c)(2)' });
    expect(canIssue(noticeFindings({ ...complete, language: 'en' }, ['vi'], printable))).toBe(true);
  });
  it('no parent on record: no language finding', () => {
    expect(languageFinding('en', [], printable)).toBeNull();
  });
});
