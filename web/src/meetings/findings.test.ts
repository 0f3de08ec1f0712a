/**
 * Every finding code the meeting checks can produce (MEETING_FINDING_RULES, proved complete in
 * src/domain/meetings.test.ts) has words in English and Spanish, its placeholders filled from the values the API sends
 * with it (`params`; the API side: test/meetings.routes.test.ts); a refusal's structured findings are read from the
 * problem body; the notice lead time is worded from its data, for every state profile.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { MEETING_FINDING_RULES, type MeetingFindingRule } from '../../../src/domain/meetings';
import { STATE_PROFILES, type StateProfileCode } from '../../../src/domain/state-profiles';
import { en } from '../../../src/documents/messages/en';
import { es } from '../../../src/documents/messages/es';
import {
  findingKey,
  findingWords,
  isFindingRule,
  leadTimeWords,
  refusalFindings,
  type FindingParams,
} from './findings';

const catalogues = { en: en as Record<string, string>, es: es as Record<string, string> };
const fmt = { day: (d: string) => `[${d}]`, list: (names: string[]) => names.join(' & ') };

/**
 * The params the API sends with each code (src/features/meetings/presenter.ts structuredFinding): the requirement and
 * who fills it for team findings, the member and the days for excusals and agencies, the counts for the parents.
 */
function paramsFor(code: MeetingFindingRule): FindingParams {
  const requirement =
    /^team\.[a-z_]+\.(.+)$/.exec(code)?.[1] ??
    (code === 'team.student_absent' ? 'student' : code.startsWith('team.parent_absent') ? 'parent' : undefined);
  const member = { participantId: 'p2', role: 'general_education_teacher' as const, name: 'Sam Carter' };
  if (code.startsWith('excusal.'))
    return { ...member, meetingDate: '2026-12-08', agreedOn: '2026-12-09', inputOn: '2026-12-10' };
  if (code === 'team.agency_consent' || code === 'notice.transition.agency_consent')
    return { participantId: 'p6', role: 'agency', name: 'Valley Rehabilitation Services' };
  if (code.startsWith('team.parent_absent'))
    return { requirement: 'parent', names: ['Rosa Lopez'], attempts: 1, methods: 1, minAttempts: 2, minMethods: 2 };
  if (code.startsWith('team.missing.')) return { requirement: requirement as FindingParams['requirement'] };
  if (code === 'notice.sent_late')
    return {
      due: '2026-11-23',
      sentOn: '2026-11-30',
      meetingDate: '2026-12-08',
      days: 15,
      counting: 'calendar',
      profile: 'CA',
      estimated: false,
    };
  if (code === 'notice.period_passed')
    return {
      due: '2026-11-16',
      meetingDate: '2026-11-30',
      days: 5,
      counting: 'school',
      profile: 'TX',
      estimated: false,
    };
  if (code === 'held.plan_meeting_date')
    return { meetingDate: '2026-11-30', planMeetingDate: '2026-09-10', planStatus: 'active', planType: 'iep' };
  if (requirement)
    return {
      requirement: requirement as FindingParams['requirement'],
      names: requirement === 'special_education' ? ['Maria Alvarez', 'Priya Natarajan'] : ['Dana Whitfield'],
    };
  return {};
}

function render(locale: 'en' | 'es', code: MeetingFindingRule, params: FindingParams = paramsFor(code)): string {
  const w = findingWords({ code, params }, fmt);
  if (!w) throw new Error(`${code} is not known`);
  const message = catalogues[locale][w.key];
  if (message === undefined) throw new Error(`${locale} has no ${w.key}`);
  return String(new IntlMessageFormat(message, locale).format(w.values));
}

describe('finding codes have words in both catalogues', () => {
  it('covers the codes of the domain (more than two dozen)', () => {
    expect(MEETING_FINDING_RULES.length).toBeGreaterThan(24);
  });

  it.each(MEETING_FINDING_RULES.map((r) => [r]))(
    '%s: English and Spanish, placeholders filled from its params',
    (code) => {
      const key = findingKey(code);
      expect(catalogues.en[key], `en is missing ${key}`).toBeTypeOf('string');
      expect(catalogues.es[key], `es is missing ${key}`).toBeTypeOf('string');
      const english = render('en', code);
      const spanish = render('es', code);
      for (const text of [english, spanish]) {
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toContain('—'); // every value the message uses is among the params sent with its code
        expect(text.length).toBeGreaterThan(15);
      }
      expect(spanish).not.toBe(english);
    },
  );

  it('fills in who, when and how many from the params', () => {
    expect(render('en', 'team.absent.special_education')).toBe(
      'The special education teacher or provider (Maria Alvarez & Priya Natarajan) did not attend and was not excused in writing.',
    );
    expect(
      render('es', 'team.attendance_unknown.evaluation_interpreter', {
        requirement: 'evaluation_interpreter',
        names: ['Priya Natarajan'],
      }),
    ).toContain('(Priya Natarajan)');
    expect(render('en', 'excusal.agreement_after_meeting')).toContain(
      'dated [2026-12-09], after the meeting ([2026-12-08])',
    );
    expect(render('es', 'excusal.input_after_meeting')).toContain('[2026-12-10]');
    expect(render('en', 'team.parent_absent')).toContain(
      'at least 2 attempts by 2 different methods (1 recorded, 1 method)',
    );
    expect(render('es', 'team.parent_absent')).toContain(
      'al menos 2 intentos por 2 medios distintos (1 registrado, 1 medio)',
    );
    expect(
      render('es', 'team.parent_absent', {
        requirement: 'parent',
        names: [],
        attempts: 0,
        methods: 0,
        minAttempts: 2,
        minMethods: 2,
      }),
    ).toContain('(ninguno registrado, ningún medio)');
    expect(render('en', 'team.parent_absent_documented', { attempts: 3, methods: 2 })).toContain(
      '3 documented attempts to arrange a time, by 2 methods',
    );
  });

  it('a late notice says its days and the lead time as it counts (calendar or school days), in each language', () => {
    expect(render('en', 'notice.sent_late')).toBe(
      'Sent late: the notice went out on [2026-11-30], after [2026-11-23], the last day to send it (15 days before the meeting on [2026-12-08]). Move the meeting, or record the day the parent agreed to a shorter notice.',
    );
    expect(render('es', 'notice.sent_late')).toContain(
      'el aviso salió el [2026-11-30], después del [2026-11-23], el último día para enviarlo (15 días antes de la reunión del [2026-12-08])',
    );
    expect(render('en', 'notice.period_passed')).toContain(
      'the last day to send it was [2026-11-16] (5 school days before the meeting on [2026-11-30])',
    );
    expect(render('es', 'notice.period_passed')).toContain(
      'era el [2026-11-16] (5 días escolares antes de la reunión del [2026-11-30])',
    );
    expect(
      render('en', 'notice.period_passed', {
        due: '2026-12-01',
        meetingDate: '2026-12-02',
        days: 1,
        counting: 'calendar',
      }),
    ).toContain('(1 day before the meeting');
    expect(render('en', 'held.plan_meeting_date')).toContain(
      'gives [2026-09-10] as its meeting date, not the day of this meeting ([2026-11-30])',
    );
  });

  it('names the member a finding is about (its params name a participant), and no one otherwise', () => {
    expect(
      findingWords({ code: 'excusal.written_agreement', params: paramsFor('excusal.written_agreement') }, fmt)
        ?.memberName,
    ).toBe('Sam Carter');
    expect(
      findingWords(
        { code: 'notice.transition.agency_consent', params: paramsFor('notice.transition.agency_consent') },
        fmt,
      )?.memberName,
    ).toBe('Valley Rehabilitation Services');
    expect(
      findingWords({ code: 'team.missing.parent', params: { requirement: 'parent' } }, fmt)?.memberName,
    ).toBeNull();
    expect(
      findingWords(
        {
          code: 'team.absent.district_representative',
          params: { requirement: 'district_representative', names: ['Dana Whitfield'], name: 'Dana Whitfield' },
        },
        fmt,
      )?.memberName,
    ).toBeNull();
  });

  it('a value the params lack shows as a dash, never as an error or a placeholder', () => {
    expect(render('en', 'excusal.agreement_after_meeting', { participantId: 'p2', name: 'Sam Carter' })).toContain(
      'dated —, after the meeting (—)',
    );
    expect(
      render('en', 'team.absent.general_education_teacher', { requirement: 'general_education_teacher' }),
    ).toContain('(—)');
  });

  it('an unknown code has no words here (the screen shows the API’s message)', () => {
    expect(findingWords({ code: 'team.something_new', params: {} }, fmt)).toBeNull();
    expect(findingWords({ code: 'meeting-notice', params: { due: '2026-11-23' } }, fmt)).toBeNull(); // an older server's refusal code
    expect(isFindingRule('meeting-notice')).toBe(false);
  });
});

describe('reading a refusal’s findings from the problem body', () => {
  const held = {
    code: 'team.parent_absent',
    citation: '34 CFR 300.322(d)',
    severity: 'error',
    path: 'parent',
    message: 'The parents did not attend. …',
    params: { requirement: 'parent', names: ['Rosa Lopez'], attempts: 0, methods: 0, minAttempts: 2, minMethods: 2 },
  };

  it('reads each finding with its code, citation, path and params — from the data, not the English', () => {
    const problem = {
      type: 'https://openiep.org/problems/rule-violation',
      status: 422,
      code: 'RULE_VIOLATION',
      errors: [{ path: 'parent', message: 'something in English' }],
      findings: [
        held,
        {
          ...held,
          code: 'team.missing.district_representative',
          path: 'district_representative',
          severity: 'warning',
          params: { requirement: 'district_representative' },
        },
      ],
    };
    const read = refusalFindings(problem);
    expect(read).toEqual([
      held,
      expect.objectContaining({
        code: 'team.missing.district_representative',
        severity: 'warning',
        params: { requirement: 'district_representative' },
      }),
    ]);
    const w = findingWords(read[0]!, fmt)!;
    expect(String(new IntlMessageFormat(catalogues.es[w.key]!, 'es').format(w.values))).toContain('ninguno registrado');
  });

  it('leaves out entries not of that shape, and reads none from a problem without findings', () => {
    expect(
      refusalFindings({ findings: [held, { code: 'x' }, 'text', { ...held, params: null }, { ...held, citation: 3 }] }),
    ).toEqual([held]);
    expect(
      refusalFindings({ code: 'VALIDATION_FAILED', errors: [{ path: 'sentOn', message: 'Not after today.' }] }),
    ).toEqual([]);
    expect(refusalFindings({ findings: 'none' })).toEqual([]);
    expect(refusalFindings(null)).toEqual([]);
  });
});

describe('the notice lead time, worded from its data', () => {
  it.each(
    (Object.keys(STATE_PROFILES) as StateProfileCode[]).flatMap((code) => [
      [code, true] as const,
      [code, false] as const,
    ]),
  )('%s (weekdays assumed: %s)', (code, estimated) => {
    const n = STATE_PROFILES[code].meetingNotice;
    const w = leadTimeWords({ days: n.days, counting: n.counting, profile: code, estimated });
    expect(w.key).toBe(n.counting === 'school' ? 'meetings.leadTime.school' : 'meetings.leadTime.calendar');
    expect(w.estimated).toBe(estimated && n.counting === 'school'); // calendar days never depend on the district's calendar
    for (const [locale, c] of Object.entries(catalogues)) {
      const profile = c[w.profileKey];
      expect(profile, `${locale} names ${code}`).toBeTypeOf('string');
      const text = String(new IntlMessageFormat(c[w.key]!, locale).format({ days: w.days, profile: profile! }));
      expect(text).toContain(String(n.days));
      expect(text).toContain(profile!);
    }
  });

  it('California in Spanish reads as the meeting page shows it', () => {
    const w = leadTimeWords({ days: 15, counting: 'calendar', profile: 'CA', estimated: false });
    expect(
      String(
        new IntlMessageFormat(catalogues.es[w.key]!, 'es').format({
          days: w.days,
          profile: catalogues.es[w.profileKey]!,
        }),
      ),
    ).toBe('Al menos 15 días antes de la reunión (California).');
  });

  it('a profile this build does not know has no catalogue words (the screen shows the API’s basis)', () => {
    const w = leadTimeWords({ days: 7, counting: 'school', profile: 'ZZ', estimated: true });
    expect(catalogues.en[w.profileKey]).toBeUndefined();
    expect(w).toMatchObject({ key: 'meetings.leadTime.school', days: 7, estimated: true });
  });
});
