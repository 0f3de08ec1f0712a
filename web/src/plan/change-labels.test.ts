import { createIntl, type IntlShape } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/domain/plan-diff';
import { emptyIepContent, type IepContent } from '../../../src/domain/plan';
import { en } from '../../../src/documents/messages/en';
import { es } from '../../../src/documents/messages/es';
import { describeChange, describeChanges, type ChangeInput } from './change-labels';

const intl: Record<'en' | 'es', IntlShape> = {
  en: createIntl({ locale: 'en', messages: en }),
  es: createIntl({ locale: 'es', messages: es }),
};

const row = (lang: 'en' | 'es', c: ChangeInput) => describeChange(intl[lang], c);

describe('describeChange: a change in the reader’s words', () => {
  it('a date: the section’s heading, the field’s label, dates as the locale writes them', () => {
    const c: ChangeInput = {
      section: 'dates',
      path: 'dates.meetingDate',
      field: 'meetingDate',
      change: 'changed',
      before: '2026-09-10',
      after: '2026-11-02',
    };
    expect(row('en', c)).toEqual({
      key: 'dates.meetingDate',
      change: 'changed',
      section: 'Dates',
      item: null,
      field: 'Meeting date',
      kind: 'Changed',
      before: 'September 10, 2026',
      after: 'November 2, 2026',
    });
    expect(row('es', c)).toMatchObject({
      section: 'Fechas',
      field: 'Fecha de la reunión',
      kind: 'Cambiado',
      before: '10 de septiembre de 2026',
      after: '2 de noviembre de 2026',
    });
  });

  it('a code: the ESY determination by its label, never `not_needed`', () => {
    const c: ChangeInput = {
      section: 'esy',
      path: 'esy.determination',
      field: 'determination',
      change: 'changed',
      before: 'not_needed',
      after: 'needed',
    };
    expect(row('en', c)).toMatchObject({
      section: 'Extended school year',
      field: 'Extended school year services',
      before: 'Not needed',
      after: 'Needed',
    });
    expect(row('es', c)).toMatchObject({
      section: 'Año escolar extendido',
      before: 'No se necesitan',
      after: 'Se necesitan',
    });
    expect(row('en', { ...c, before: null })).toMatchObject({ before: 'Not decided yet' });
  });

  it('a field of a list item: the item by its own words ("Goal: Reading fluency"), not its id or position', () => {
    const c: ChangeInput = {
      section: 'goals',
      path: 'goals[0b7e].text',
      field: 'text',
      change: 'changed',
      before: 'Read 90 wcpm.',
      after: 'Read 100 wcpm.',
      item: { list: 'goals', id: '0b7e', index: 1, label: 'Reading fluency' },
    };
    expect(row('en', c)).toMatchObject({
      section: 'Measurable annual goals',
      item: 'Goal: Reading fluency',
      field: 'Annual goal',
      before: 'Read 90 wcpm.',
    });
    expect(row('es', c)).toMatchObject({ item: 'Meta: Reading fluency', field: 'Meta anual' });
    // Without words of its own, by its position.
    expect(row('en', { ...c, item: { list: 'goals', id: '0b7e', index: 1, label: '  ' } })).toMatchObject({
      item: 'Goal 2',
    });
    expect(row('es', { ...c, item: { list: 'assessments', id: 'x', index: 0, label: '' } })).toMatchObject({
      item: 'Evaluación 1',
    });
  });

  it('an objective is a field of its goal; its text is the value', () => {
    const c: ChangeInput = {
      section: 'goals',
      path: 'goals[g1].objectives[o2]',
      field: 'objectives[o2]',
      change: 'added',
      before: undefined,
      after: { id: 'o2', text: 'Read 70 wcpm by January.' },
      item: { list: 'goals', id: 'g1', index: 0, label: 'Reading fluency' },
    };
    expect(row('en', c)).toMatchObject({
      item: 'Goal: Reading fluency',
      field: 'Short-term objectives or benchmarks',
      kind: 'Added',
      before: '—',
      after: 'Read 70 wcpm by January.',
    });
  });

  it('a whole service added: named by its service (codes as words), summarized with its frequency and location', () => {
    const service = {
      id: 's2',
      kind: 'related_service',
      service: 'speech_language_therapy',
      providerRole: 'SLP',
      minutesPerSession: 30,
      sessions: 2,
      per: 'week',
      location: 'special_education',
      locationDetail: '',
      startDate: null,
      endDate: null,
      discipline: 'slp',
    };
    const c: ChangeInput = {
      section: 'services',
      path: 'services[s2]',
      field: '',
      change: 'added',
      after: service,
      item: { list: 'services', id: 's2', index: 1, label: 'speech_language_therapy' },
    };
    expect(row('en', c)).toEqual({
      key: 'services[s2]',
      change: 'added',
      section: 'Special education, related services and supports',
      item: 'Service: Speech language therapy',
      field: null,
      kind: 'Added',
      before: '—',
      after: 'Speech language therapy · 30 minutes, 2 sessions a week · Special education setting',
    });
    expect(row('es', c).after).toContain('30 minutos, 2 sesiones por semana');
  });

  it('service codes, numbers and disciplines by their labels', () => {
    const item = { list: 'services', id: 's1', index: 0, label: 'Reading' };
    expect(
      row('en', {
        section: 'services',
        path: 'services[s1].kind',
        field: 'kind',
        change: 'changed',
        before: 'special_education',
        after: 'related_service',
        item,
      }),
    ).toMatchObject({
      field: 'Kind of service',
      before: 'Special education (specially designed instruction)',
      after: 'Related service',
    });
    expect(
      row('es', {
        section: 'services',
        path: 'services[s1].kind',
        field: 'kind',
        change: 'changed',
        before: 'special_education',
        after: 'related_service',
        item,
      }).after,
    ).toBe('Servicio relacionado');
    expect(
      row('en', {
        section: 'services',
        path: 'services[s1].minutesPerSession',
        field: 'minutesPerSession',
        change: 'changed',
        before: 1500,
        after: null,
        item,
      }),
    ).toMatchObject({
      field: 'Minutes per session',
      before: '1,500',
      after: 'Not filled in',
    });
    expect(
      row('en', {
        section: 'services',
        path: 'services[s1].discipline',
        field: 'discipline',
        change: 'changed',
        before: null,
        after: 'slp',
        item,
      }),
    ).toMatchObject({
      before: 'Special education',
      after: 'Speech-language pathology',
    });
    expect(
      row('en', {
        section: 'placement',
        path: 'placement.setting',
        field: 'setting',
        change: 'changed',
        before: 'regular_school',
        after: 'separate_school',
      }),
    ).toMatchObject({
      field: 'Setting',
      before: 'Regular school',
      after: 'Separate school',
    });
  });

  it('special factors: the factor and the decision, in words', () => {
    const c: ChangeInput = {
      section: 'specialFactors',
      path: 'specialFactors.behavior.needed',
      field: 'behavior.needed',
      change: 'changed',
      before: null,
      after: true,
    };
    expect(row('en', c)).toMatchObject({
      field: 'Behavior that impedes learning · The team’s decision',
      before: 'Not yet considered',
      after: 'Needed',
    });
    expect(row('es', c)).toMatchObject({
      field: 'Conducta que impide el aprendizaje · La decisión del equipo',
      before: 'Todavía no se consideró',
      after: 'Se necesita',
    });
  });

  it('yes and no', () => {
    const c: ChangeInput = {
      section: 'transition',
      path: 'transition.independentLivingNotAppropriate',
      field: 'independentLivingNotAppropriate',
      change: 'changed',
      before: false,
      after: true,
    };
    expect(row('en', c)).toMatchObject({
      field: 'The team found an independent-living goal not appropriate',
      before: 'No',
      after: 'Yes',
    });
    expect(row('es', c)).toMatchObject({ before: 'No', after: 'Sí' });
  });

  it('from an older server without `field` and `item`: the field from the path, never the item id', () => {
    const r = row('en', {
      section: 'goals',
      path: 'goals[g2].measurement',
      change: 'changed',
      before: 'Probes',
      after: 'Weekly probes',
    });
    expect(r).toMatchObject({ item: null, field: 'How progress is measured' });
    expect(
      row('en', {
        section: 'dates',
        path: 'dates.nextAnnualReview',
        change: 'changed',
        before: null,
        after: '2027-09-09',
      }),
    ).toMatchObject({
      field: 'Next annual review',
      before: 'Not filled in',
      after: 'September 9, 2027',
    });
  });

  it('every field of a whole IEP changed: no raw key or code reaches the reader, in either language', () => {
    const before = emptyIepContent();
    const after: IepContent = {
      presentLevels: {
        academic: 'a',
        functional: 'b',
        strengths: 'c',
        parentConcerns: 'd',
        studentInput: 'e',
        impactOnGeneralCurriculum: 'f',
      },
      specialFactors: {
        behavior: { needed: true, howAddressed: 'A behavior plan.' },
        limitedEnglish: { needed: false, howAddressed: '' },
        braille: { needed: false, howAddressed: '' },
        communication: { needed: true, howAddressed: 'Speech therapy.' },
        assistiveTechnology: { needed: false, howAddressed: '' },
      },
      goals: [
        {
          id: 'g1',
          area: 'Reading fluency',
          baseline: '60 wcpm',
          text: 'Read 90 wcpm.',
          measurement: 'Probes',
          objectives: [{ id: 'o1', text: 'Read 70 wcpm.' }],
          discipline: null,
        },
      ],
      services: [
        {
          id: 's1',
          kind: 'supplementary_aid',
          service: 'specialized_academic_instruction',
          providerRole: 'Teacher',
          minutesPerSession: 45,
          sessions: 4,
          per: 'week',
          location: 'general_education',
          locationDetail: 'Room 4',
          startDate: '2026-09-14',
          endDate: '2027-06-10',
          discipline: null,
        },
      ],
      accommodations: [
        { id: 'a1', kind: 'both', description: 'Extended time', settings: 'All classes', responsibleStaff: 'Teachers' },
      ],
      assessments: [
        {
          id: 'x1',
          assessment: 'State reading test',
          participation: 'regular_with_accommodations',
          alternateReason: '',
        },
      ],
      placement: {
        setting: 'homebound_hospital',
        regularClassMinutesPerWeek: 1200,
        schoolMinutesPerWeek: 1800,
        nonParticipationExplanation: 'x',
        extracurricular: 'y',
      },
      esy: { determination: 'deferred', services: 'z' },
      transition: {
        assessments: 'a',
        educationTrainingGoal: 'b',
        employmentGoal: 'c',
        independentLivingGoal: 'd',
        independentLivingNotAppropriate: true,
        services: 'e',
        courseOfStudy: 'f',
        agenciesInvited: 'g',
      },
      ageOfMajority: { informed: true, informedOn: '2026-09-10' },
      progressReporting: { frequency: 'Quarterly', method: 'Written' },
    };
    // Amend the amended plan too, so items change field by field as well as appear.
    const amended = structuredClone(after);
    amended.goals[0]!.text = 'Read 100 wcpm.';
    amended.goals[0]!.discipline = 'slp';
    amended.goals[0]!.objectives[0]!.text = 'Read 80 wcpm.';
    amended.services[0]!.per = 'month';
    amended.services[0]!.location = 'other';
    amended.services[0]!.endDate = '2027-06-30';
    amended.accommodations[0]!.kind = 'testing';
    amended.assessments[0]!.participation = 'alternate';
    const dates = { meetingDate: null, startDate: null, endDate: null, nextAnnualReview: null };
    const changes = [
      ...diffPlans(
        { dates, content: before as unknown as Record<string, unknown> },
        { dates: { ...dates, meetingDate: '2026-09-10' }, content: after as unknown as Record<string, unknown> },
      ),
      ...diffPlans(
        { dates, content: after as unknown as Record<string, unknown> },
        { dates, content: amended as unknown as Record<string, unknown> },
      ),
      ...diffPlans({ dates, content: { goals: after.goals } }, { dates, content: { goals: [] } }),
    ];
    expect(changes.length).toBeGreaterThan(40);
    for (const lang of ['en', 'es'] as const) {
      for (const c of changes) {
        const r = row(lang, c);
        for (const text of [
          r.section,
          r.kind,
          r.before,
          r.after,
          ...(r.item === null ? [] : [r.item]),
          ...(r.field === null ? [] : [r.field]),
        ]) {
          // camelCase keys, snake_case codes, item ids in brackets, JSON.
          expect(text, `${c.path} (${lang})`).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z_]+\b|\[\w+\]|[{}"]/);
          expect(text.trim(), `${c.path} (${lang})`).not.toBe('');
        }
      }
    }
  });

  it('in the editor’s order: sections, items by position, fields (not the order the database keeps keys in)', () => {
    const goal = (id: string, index: number, label: string) => ({ list: 'goals', id, index, label });
    const changes: ChangeInput[] = [
      { section: 'esy', path: 'esy.services', field: 'services', change: 'changed', before: '', after: 'July' },
      {
        section: 'esy',
        path: 'esy.determination',
        field: 'determination',
        change: 'changed',
        before: 'not_needed',
        after: 'needed',
      },
      {
        section: 'goals',
        path: 'goals[b].text',
        field: 'text',
        change: 'changed',
        before: 'x',
        after: 'y',
        item: goal('b', 1, 'Math'),
      },
      {
        section: 'goals',
        path: 'goals[a].measurement',
        field: 'measurement',
        change: 'changed',
        before: 'x',
        after: 'y',
        item: goal('a', 0, 'Reading'),
      },
      {
        section: 'goals',
        path: 'goals[a].area',
        field: 'area',
        change: 'changed',
        before: 'x',
        after: 'Reading',
        item: goal('a', 0, 'Reading'),
      },
      {
        section: 'specialFactors',
        path: 'specialFactors.behavior.howAddressed',
        field: 'behavior.howAddressed',
        change: 'changed',
        before: '',
        after: 'Plan',
      },
      {
        section: 'specialFactors',
        path: 'specialFactors.behavior.needed',
        field: 'behavior.needed',
        change: 'changed',
        before: null,
        after: true,
      },
      {
        section: 'dates',
        path: 'dates.endDate',
        field: 'endDate',
        change: 'changed',
        before: null,
        after: '2027-06-01',
      },
      {
        section: 'dates',
        path: 'dates.meetingDate',
        field: 'meetingDate',
        change: 'changed',
        before: null,
        after: '2026-06-01',
      },
    ];
    expect(describeChanges(intl.en, changes).map((r) => r.key)).toEqual([
      'dates.meetingDate',
      'dates.endDate',
      'specialFactors.behavior.needed',
      'specialFactors.behavior.howAddressed',
      'goals[a].area',
      'goals[a].measurement',
      'goals[b].text',
      'esy.determination',
      'esy.services',
    ]);
  });
});
