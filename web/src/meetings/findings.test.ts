/**
 * Every finding code the meeting checks can produce (MEETING_FINDING_RULES, proved complete in
 * src/domain/meetings.test.ts) has words in English and Spanish, with its placeholders filled; the server's refusals
 * and lead-time explanation are read back into codes and data.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { classifyDays } from '../../../src/domain/calendar';
import { calendarFromDays } from '../../../src/domain/deadlines';
import { heldFindings, MEETING_FINDING_RULES, noticeFindings, noticeLeadTime, type MeetingFacts } from '../../../src/domain/meetings';
import { STATE_PROFILES, type StateProfileCode } from '../../../src/domain/state-profiles';
import { en } from '../../../src/documents/messages/en';
import { es } from '../../../src/documents/messages/es';
import { findingKey, findingWords, isFindingRule, parseLeadTimeBasis, parseRuleError, type FindingContext } from './findings';

const catalogues = { en: en as Record<string, string>, es: es as Record<string, string> };

const participant = (id: string, role: string, name: string, over: Partial<FindingContext['participants'][number]> = {}) => ({ id, role, name, interpretsEvaluations: false, excusalAgreedOn: null, writtenInputOn: null, ...over });
const context: FindingContext = {
  date: '2026-12-08',
  participants: [
    participant('p1', 'parent', 'Rosa Lopez'),
    participant('p2', 'general_education_teacher', 'Sam Carter', { excusalAgreedOn: '2026-12-09', writtenInputOn: '2026-12-10' }),
    participant('p3', 'special_education_teacher', 'Maria Alvarez'),
    participant('p4', 'special_education_provider', 'Priya Natarajan', { interpretsEvaluations: true }),
    participant('p5', 'district_representative', 'Dana Whitfield'),
  ],
  team: { parentContact: { attempts: 1, methods: 1, minAttempts: 2, minMethods: 2 } },
};
const fmt = { day: (d: string) => `[${d}]`, list: (names: string[]) => names.join(' & ') };

function render(locale: 'en' | 'es', rule: (typeof MEETING_FINDING_RULES)[number], path = 'participants.p2'): string {
  const w = findingWords({ rule, path }, context, fmt);
  const message = catalogues[locale][w.key];
  if (message === undefined) throw new Error(`${locale} has no ${w.key}`);
  return String(new IntlMessageFormat(message, locale).format(w.values));
}

describe('finding codes have words in both catalogues', () => {
  it('covers the codes of the domain (more than two dozen)', () => {
    expect(MEETING_FINDING_RULES.length).toBeGreaterThan(24);
  });

  it.each(MEETING_FINDING_RULES.map((r) => [r]))('%s: English and Spanish, placeholders filled', (rule) => {
    const key = findingKey(rule);
    expect(catalogues.en[key], `en is missing ${key}`).toBeTypeOf('string');
    expect(catalogues.es[key], `es is missing ${key}`).toBeTypeOf('string');
    const english = render('en', rule);
    const spanish = render('es', rule);
    for (const text of [english, spanish]) {
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toContain('—'); // every value a message uses is known for this meeting
      expect(text.length).toBeGreaterThan(15);
    }
    expect(spanish).not.toBe(english);
  });

  it('fills in who, when and how many', () => {
    expect(render('en', 'team.absent.special_education')).toBe('The special education teacher or provider (Maria Alvarez & Priya Natarajan) did not attend and was not excused in writing.');
    expect(render('es', 'team.attendance_unknown.evaluation_interpreter')).toContain('(Priya Natarajan)');
    expect(render('en', 'excusal.agreement_after_meeting')).toContain('dated [2026-12-09], after the meeting ([2026-12-08])');
    expect(render('es', 'excusal.input_after_meeting')).toContain('[2026-12-10]');
    expect(render('en', 'team.parent_absent')).toContain('at least 2 attempts by 2 different methods (1 recorded, 1 method)');
    expect(render('es', 'team.parent_absent')).toContain('al menos 2 intentos por 2 medios distintos (1 registrado, 1 medio)');
    expect(findingWords({ rule: 'excusal.written_agreement', path: 'participants.p2' }, context, fmt).memberName).toBe('Sam Carter');
    expect(findingWords({ rule: 'team.missing.parent', path: 'parent' }, context, fmt).memberName).toBeNull();
  });
});

describe('reading the server’s refusals', () => {
  const facts: MeetingFacts = {
    purpose: 'annual',
    date: '2026-12-08',
    transitionDiscussed: true,
    studentInRegularClass: true,
    participants: [
      { id: 'a', role: 'parent', interpretsEvaluations: false, invited: true, attendance: 'absent', excusalAgreedOn: null, areaDiscussed: false, writtenInputOn: null, agencyConsentOn: null },
      { id: 'b', role: 'general_education_teacher', interpretsEvaluations: false, invited: true, attendance: 'excused', excusalAgreedOn: null, areaDiscussed: true, writtenInputOn: null, agencyConsentOn: null },
      { id: 'c', role: 'agency', interpretsEvaluations: false, invited: true, attendance: 'unknown', excusalAgreedOn: null, areaDiscussed: false, writtenInputOn: null, agencyConsentOn: null },
    ],
    contactAttempts: [],
  };

  it('every finding, as hold-meeting.ts and notice.ts write it, reads back to its code, citation and path', () => {
    const findings = [...heldFindings(facts), ...noticeFindings({ purpose: 'annual', date: null, startTime: null, location: '', videoLink: '', transitionDiscussed: true, participants: [] })];
    expect(findings.length).toBeGreaterThan(8);
    for (const f of findings) {
      const parsed = parseRuleError({ path: f.path, message: `${f.rule} (${f.citation}): ${f.message}` });
      expect(parsed).toEqual({ rule: f.rule, citation: f.citation, path: f.path, message: f.message });
      expect(isFindingRule(parsed!.rule)).toBe(true);
    }
  });

  it('reads the lead-time refusal, and leaves plain field errors alone', () => {
    expect(parseRuleError({ path: 'sentOn', message: 'meeting-notice (34 CFR 300.322(a)(1)): due by 2026-11-28; 2026-11-30 is too late.' })).toMatchObject({ rule: 'meeting-notice', citation: '34 CFR 300.322(a)(1)' });
    expect(parseRuleError({ path: 'attendance.0.participantId', message: 'Not on this meeting’s team.' })).toBeNull();
    expect(isFindingRule('meeting-notice')).toBe(false);
  });
});

describe('the notice lead time, read from the deadline engine’s explanation', () => {
  const covering = calendarFromDays(classifyDays('2026-08-17', '2027-06-04', [{ from: '2026-11-23', to: '2026-11-27', note: 'Thanksgiving break' }]));
  it.each((Object.keys(STATE_PROFILES) as StateProfileCode[]).flatMap((code) => [[code, true] as const, [code, false] as const]))('%s (district calendar: %s)', (code, withCalendar) => {
    const profile = STATE_PROFILES[code];
    const lead = noticeLeadTime({ meetingDate: '2026-12-08', sentOn: '2026-11-20', profile, ...(withCalendar ? { calendar: covering } : {}) });
    const parsed = parseLeadTimeBasis(lead.basis);
    expect(parsed, lead.basis).toEqual({ counting: profile.meetingNotice.counting, days: profile.meetingNotice.days, profile: code, profileName: profile.name, estimated: profile.meetingNotice.counting === 'school' && !withCalendar });
    for (const c of Object.values(catalogues)) expect(c[`meetings.leadTime.profile.${code}`], code).toBeTypeOf('string');
  });

  it('unknown wording is not guessed at', () => {
    expect(parseLeadTimeBasis('ten days or so')).toBeNull();
  });
});
