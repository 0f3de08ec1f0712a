/**
 * Every finding code the plan rules can produce (PLAN_FINDING_RULES, proved complete in
 * src/domain/plan-rules.boundaries.test.ts) has words in English and Spanish, filled from the params the rules send
 * with it; days are dates in each language, and the tense follows the response's `asOf` day.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  emptyIepContent,
  empty504Content,
  SPECIAL_FACTORS,
  type IepContent,
  type PlanDates,
} from '../../../src/domain/plan';
import { iepFindings, plan504Findings, PLAN_FINDING_RULES, type Finding } from '../../../src/domain/plan-rules';
import { STATE_PROFILES } from '../../../src/domain/state-profiles';
import { en } from '../../../src/documents/messages/en';
import { es } from '../../../src/documents/messages/es';
import { dayValue, planFindingKey, planFindingText, tenseOf, type PlanFindingFormat } from './findings';

const catalogues = { en: en as Record<string, string>, es: es as Record<string, string> };
const TODAY = '2026-11-30';

function format(locale: 'en' | 'es'): PlanFindingFormat {
  return {
    locale,
    message: (key, values) => {
      const m = catalogues[locale][key];
      return m === undefined
        ? null
        : String(new IntlMessageFormat(m, locale === 'en' ? 'en-US' : 'es-US').format(values));
    },
    list: (items) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items),
  };
}
const text = (locale: 'en' | 'es', f: Pick<Finding, 'rule' | 'params'>, asOf = TODAY) =>
  planFindingText({ code: f.rule, params: f.params }, asOf, format(locale));

/** One finding of every code, as the rules produce it (the same inputs the domain's completeness test uses). */
function sampleFindings(): Map<string, Finding> {
  const out = new Map<string, Finding>();
  const add = (fs: Finding[]) => fs.forEach((f) => out.has(f.rule) || out.set(f.rule, f));
  const student = {
    dateOfBirth: '2009-10-28',
    englishLearner: true,
    primaryDisability: 'deaf_blindness',
    secondaryDisability: null,
  };
  const dates: PlanDates = {
    meetingDate: '2026-09-10',
    startDate: '2026-09-09',
    endDate: '2027-09-20',
    nextAnnualReview: '2027-09-30',
  };
  const c: IepContent = emptyIepContent();
  c.goals = [
    {
      id: 'g',
      area: '',
      baseline: '',
      text: 'Will understand reading.',
      measurement: '',
      objectives: [],
      discipline: null,
    },
    { id: 'h', area: '', baseline: '', text: '', measurement: '', objectives: [], discipline: null },
  ];
  c.services = [
    {
      id: 's',
      kind: 'related_service',
      service: '',
      providerRole: '',
      minutesPerSession: null,
      sessions: null,
      per: null,
      location: null,
      locationDetail: '',
      startDate: '2026-09-01',
      endDate: '2026-08-31',
      discipline: null,
    },
  ];
  c.services.push({ ...c.services[0]!, id: 't', startDate: '2026-09-01', endDate: '2027-10-01' });
  c.assessments = [
    { id: 'a', assessment: 'x', participation: 'alternate', alternateReason: '' },
    { id: 'b', assessment: 'y', participation: null, alternateReason: '' },
    { id: 'c', assessment: 'z', participation: 'regular_with_accommodations', alternateReason: '' },
  ];
  c.placement = {
    setting: 'separate_school',
    regularClassMinutesPerWeek: null,
    schoolMinutesPerWeek: null,
    nonParticipationExplanation: '',
    extracurricular: '',
  };
  c.esy = { determination: 'needed', services: '' };
  add(
    iepFindings({
      content: c,
      dates,
      student,
      profile: STATE_PROFILES.federal,
      today: TODAY,
      heldMeetingDates: ['2026-09-11'],
    }),
  );
  add(
    iepFindings({
      content: emptyIepContent(),
      dates: { meetingDate: null, startDate: null, endDate: null, nextAnnualReview: null },
      student,
      profile: STATE_PROFILES.federal,
      today: TODAY,
    }),
  );
  add(
    iepFindings({
      content: {
        ...emptyIepContent(),
        placement: {
          setting: 'regular_school',
          regularClassMinutesPerWeek: 10,
          schoolMinutesPerWeek: 5,
          nonParticipationExplanation: 'x',
          extracurricular: 'x',
        },
      },
      dates: { ...dates, startDate: '2026-09-14', endDate: '2026-09-13' },
      student,
      profile: STATE_PROFILES.federal,
      today: TODAY,
    }),
  );
  const regular = emptyIepContent();
  regular.services = [
    {
      id: 's',
      kind: 'special_education',
      service: 'sai',
      providerRole: 'teacher',
      minutesPerSession: 30,
      sessions: 2,
      per: 'week',
      location: 'special_education',
      locationDetail: '',
      startDate: '2026-09-14',
      endDate: '2027-09-13',
      discipline: null,
    },
  ];
  add(
    iepFindings({
      content: regular,
      dates: { ...dates, startDate: '2026-09-14', endDate: '2027-09-14' },
      student,
      profile: STATE_PROFILES.federal,
      today: TODAY,
    }),
  );
  for (const key of SPECIAL_FACTORS) {
    for (const needed of [true, false]) {
      const f = emptyIepContent();
      f.specialFactors[key] = { needed, howAddressed: '' };
      add(iepFindings({ content: f, dates, student, profile: STATE_PROFILES.federal, today: TODAY }));
    }
  }
  add(
    iepFindings({
      content: emptyIepContent(),
      dates,
      student: { ...student, dateOfBirth: '2017-01-05', primaryDisability: 'developmental_delay' },
      profile: STATE_PROFILES.federal,
      today: TODAY,
    }),
  );
  add(
    plan504Findings(
      {
        ...empty504Content(),
        accommodations: [{ id: 'a', kind: 'classroom', description: '', settings: '', responsibleStaff: '' }],
      },
      { ...dates, meetingDate: null },
    ),
  );
  add(plan504Findings(empty504Content(), dates, ['2026-09-11']));
  return out;
}

describe('every plan finding code has words in both catalogues', () => {
  const samples = sampleFindings();

  it('the samples cover every code the rules can produce', () => {
    expect([...samples.keys()].sort()).toEqual([...PLAN_FINDING_RULES].sort());
  });

  it.each(PLAN_FINDING_RULES.map((r) => [r]))(
    '%s: English and Spanish, every placeholder filled from its params',
    (code) => {
      const key = planFindingKey(code);
      expect(catalogues.en[key], `en is missing ${key}`).toBeTypeOf('string');
      expect(catalogues.es[key], `es is missing ${key}`).toBeTypeOf('string');
      const f = samples.get(code)!;
      const english = text('en', f);
      const spanish = text('es', f);
      for (const t of [english, spanish]) {
        expect(t, code).toBeTypeOf('string');
        expect(t).not.toMatch(/[{}]|undefined|NaN|\d{4}-\d{2}-\d{2}/); // no placeholder, no missing value, no ISO date
        expect(t!.length).toBeGreaterThan(15);
      }
      expect(spanish).not.toBe(english);
    },
  );
});

describe('dates as dates, in the reader’s language and tense (against the response’s asOf, never the browser’s clock)', () => {
  const turned = {
    rule: 'transition.employment_goal',
    params: { age: 16, turnsOn: '2025-10-28', planEnd: '2027-11-29', endBasis: 'today' },
  };

  it('a birthday before asOf: "turned" / "cumplió"', () => {
    expect(text('en', turned)).toBe(
      'The student turned 16 on October 28, 2025. Write a measurable postsecondary goal for employment.',
    );
    expect(text('es', turned)).toBe(
      'El estudiante cumplió 16 años el 28 de octubre de 2025. Escriba una meta postsecundaria medible de empleo.',
    );
  });

  it('the same finding read as of a day before the birthday: "turns" / "cumple", with the projected end', () => {
    expect(text('en', turned, '2025-10-01')).toBe(
      'The student turns 16 on October 28, 2025, before this IEP ends (about November 29, 2027: no end date yet, so a year from its writing). Write a measurable postsecondary goal for employment.',
    );
    expect(text('es', turned, '2025-10-01')).toBe(
      'El estudiante cumple 16 años el 28 de octubre de 2025, antes de que termine este IEP (hacia el 29 de noviembre de 2027: aún no tiene fecha de fin, así que un año desde que se redacta). Escriba una meta postsecundaria medible de empleo.',
    );
  });

  it.each([
    ['2026-11-29', 'past'],
    ['2026-11-30', 'future'], // the birthday is asOf itself: "turns"
    ['2026-12-01', 'future'],
  ])('a birthday on %s, as of 2026-11-30: %s', (day, tense) => {
    expect(tenseOf(day, TODAY)).toBe(tense);
    const t = text('en', {
      rule: 'transition.services',
      params: { age: 16, turnsOn: day, planEnd: '2027-06-30', endBasis: 'end_date' },
    })!;
    expect(t.startsWith(tense === 'past' ? 'The student turned 16' : 'The student turns 16')).toBe(true);
    if (tense === 'future') expect(t).toContain('before this IEP ends (June 30, 2027)');
  });

  it('the age of majority names both ages; the projected end names what it counts from', () => {
    const aom = {
      rule: 'age_of_majority.informed',
      params: { age: 17, turnsOn: '2027-03-03', ageOfMajority: 18, planEnd: '2027-12-10', endBasis: 'start_date' },
    };
    expect(text('en', aom)).toBe(
      'The student turns 17 on March 3, 2027, before this IEP ends (about December 10, 2027: no end date yet, so a year from its start). State that the student has been told of the rights that transfer to them at 18.',
    );
    expect(text('es', aom)).toBe(
      'El estudiante cumple 17 años el 3 de marzo de 2027, antes de que termine este IEP (hacia el 10 de diciembre de 2027: aún no tiene fecha de fin, así que un año desde su comienzo). Indique que se le informó de los derechos que se le transfieren a los 18 años.',
    );
  });

  it('other days too: the meeting that produced the plan, the one-year limit, a service past the plan', () => {
    expect(
      text('en', { rule: 'dates.meeting_held', params: { meetingDate: '2026-11-29', heldOn: '2026-11-30' } }),
    ).toBe(
      'The meeting that produced this plan was held on November 30, 2026, but the plan gives November 29, 2026 as its meeting date. Give the day the meeting was held: the annual review runs from it.',
    );
    expect(text('es', { rule: 'dates.one_year', params: { startDate: '2026-09-14', latestEnd: '2027-09-13' } })).toBe(
      'Un IEP se revisa al menos una vez al año: debe terminar a más tardar el 13 de septiembre de 2027.',
    );
    expect(text('en', { rule: 'services.after_plan', params: { endDate: '2027-09-10', planEnd: '2027-09-09' } })).toBe(
      'The service continues to September 10, 2027, after the IEP ends (September 9, 2027).',
    );
  });

  it('lists what a service or a goal lacks in the reader’s words', () => {
    expect(
      text('en', {
        rule: 'services.frequency_location_duration',
        params: { missing: ['minutes', 'location', 'start_date'] },
      }),
    ).toBe('Complete this service: minutes per session, location, and start date.');
    expect(
      text('es', { rule: 'services.frequency_location_duration', params: { missing: ['minutes', 'location'] } }),
    ).toBe('Complete este servicio: los minutos por sesión y el lugar.');
    expect(
      text('en', { rule: 'goals.measurable', params: { missing: ['criterion', 'timeframe'], vagueVerbs: [] } }),
    ).toBe('This goal is not measurable yet: it lacks criterion and timeframe. See the check beside it.');
  });

  it('a code this build does not know, or params its words cannot use, have no words here (the screen shows the API’s message)', () => {
    expect(planFindingText({ code: 'dates.something_new', params: {} }, TODAY, format('en'))).toBeNull();
    expect(planFindingText({ code: 'transition.services', params: { age: 16 } }, TODAY, format('es'))).toBeNull();
    expect(planFindingText({ code: 'dates.one_year', params: {} }, TODAY, format('en'))).toBeNull();
    expect(
      planFindingText(
        { code: 'services.frequency_location_duration', params: { missing: ['wings'] } },
        TODAY,
        format('en'),
      ),
    ).toBeNull();
  });

  it('a day is noon UTC, so it reads the same day from Hawaii to Guam', () => {
    for (const timeZone of ['Pacific/Honolulu', 'America/New_York', 'Pacific/Guam']) {
      expect(new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'long' }).format(dayValue('2025-10-28'))).toBe(
        'October 28, 2025',
      );
    }
  });
});
