/** Every code the case clock's screens show has words in both catalogues (a new rule, kind or reason must be labelled). */
import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_KINDS,
  CONSENT_TYPES,
  DELAY_REASON_CODES,
  EXIT_REASONS,
  MEETING_PURPOSES,
  REFERRAL_SOURCES,
} from '../../../src/domain/case-events';
import { CLOCK_RULES } from '../../../src/domain/case-clock';
import { DEADLINE_RULES } from '../../../src/domain/deadlines';
import { en } from '../../../src/documents/messages/en';
import { es } from '../../../src/documents/messages/es';
import { DEADLINE_STATUSES } from './types';

const RULES = [...new Set([...DEADLINE_RULES, 'progress-report', ...CLOCK_RULES])];

const expected = [
  ...RULES.map((r) => `deadline.rule.${r}`),
  ...RULES.map((r) => `deadline.explain.${r}`),
  ...DEADLINE_STATUSES.map((s) => `deadline.status.${s}`),
  ...CASE_EVENT_KINDS.map((k) => `case.event.kind.${k}`),
  ...DELAY_REASON_CODES.map((r) => `case.delay.${r}`),
  ...CONSENT_TYPES.map((c) => `case.consentType.${c}`),
  ...REFERRAL_SOURCES.map((s) => `case.referralSource.${s}`),
  ...MEETING_PURPOSES.map((p) => `case.meetingPurpose.${p}`),
  ...EXIT_REASONS.map((r) => `case.exitReason.${r}`),
  ...['spp11', 'spp12', 'spp13'].flatMap((i) => [
    `compliance.indicator.${i}.title`,
    `compliance.indicator.${i}.explain`,
  ]),
];

describe('case clock labels', () => {
  it('covers every rule (the engine’s and progress reports), status, event kind, delay reason and choice', () => {
    expect(RULES).toContain('progress-report');
    expect(expected.length).toBeGreaterThan(100);
    const enKeys = new Set(Object.keys(en));
    expect(expected.filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('the Spanish words are there and are not the English ones left untranslated', () => {
    const esMessages = es as Record<string, string>;
    const enMessages = en as Record<string, string>;
    expect(expected.filter((k) => !esMessages[k]?.trim())).toEqual([]);
    // A few words are the same in both languages ("Total"); codes' labels should not be copied over wholesale.
    const same = expected.filter((k) => esMessages[k] === enMessages[k]);
    expect(same.length).toBeLessThan(3);
  });

  it('no label is the bare code (a missing translation shows the code)', () => {
    const enMessages = en as Record<string, string>;
    expect(expected.filter((k) => enMessages[k] === k.split('.').pop())).toEqual([]);
  });
});

describe('what a deadline means, said to the student', () => {
  it('has a student wording for every rule that speaks of "your child", and none for an unknown rule', async () => {
    const { createIntl } = await import('react-intl');
    const { ruleExplanation } = await import('./labels');
    const intl = createIntl({ locale: 'en', messages: en });
    const aboutYourChild = RULES.filter((r) =>
      /your child/.test((en as Record<string, string>)[`deadline.explain.${r}`] ?? ''),
    );
    expect(aboutYourChild.length).toBeGreaterThan(0);
    for (const rule of aboutYourChild) {
      expect(ruleExplanation(intl, rule, true), rule).not.toMatch(/your child/);
      expect(ruleExplanation(intl, rule, false), rule).toMatch(/your child/);
    }
    expect(ruleExplanation(intl, 'annual-review', true)).toBe(ruleExplanation(intl, 'annual-review', false));
  });
});
