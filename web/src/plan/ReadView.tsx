/**
 * A plan's sections as text: for everyone who reads the plan (parents on a phone, teachers), for
 * printing, for sections the editor may not change, and for comparing two versions of a section.
 */
import type { ReactNode } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { Accommodation, AssessmentParticipation, Goal, Service, SpecialFactorKey } from '../../../src/domain/plan';
import { SPECIAL_FACTORS } from '../../../src/domain/plan';
import { regularClassPercent } from '../../../src/domain/placement';
import type { MessageId } from '../../../src/documents/messages/index.ts';
import { useT } from '../i18n';
import { disciplineLabel, formatIsoDate } from '../labels';
import type { AllSections, SectionKey } from '../types';

type HeadingLevel = 'h3' | 'h4' | 'h5';

export interface Row {
  /** A stable name for the row, used to show only the rows that differ. */
  key: string;
  label: string;
  value: ReactNode;
}

function blank(v: ReactNode): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');
}

export function ReadRows({ rows }: { rows: readonly Row[] }) {
  const t = useT();
  return (
    <dl className="read-rows">
      {rows.map((r) => (
        <div key={r.key} className="read-row">
          <dt>{r.label}</dt>
          <dd>
            {blank(r.value) ? (
              <span className="muted">{t('plan.read.empty')}</span>
            ) : typeof r.value === 'string' ? (
              <span className="read-text">{r.value}</span>
            ) : (
              r.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function date(intl: IntlShape, v: string | null): string | null {
  return v ? formatIsoDate(intl, v) : null;
}

function yesNo(intl: IntlShape, v: boolean): string {
  return intl.formatMessage({ id: v ? 'common.yes' : 'common.no' });
}

/** The rows of a section that is a single record (not a list), or null for list sections. */
export function sectionRows<K extends SectionKey>(intl: IntlShape, key: K, value: AllSections[K]): Row[] | null {
  const m = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  switch (key) {
    case 'dates': {
      const d = value as AllSections['dates'];
      return (['meetingDate', 'startDate', 'endDate', 'nextAnnualReview'] as const).map((f) => ({
        key: f,
        label: m(`plan.field.dates.${f}`),
        value: date(intl, d[f]),
      }));
    }
    case 'presentLevels': {
      const p = value as AllSections['presentLevels'];
      return (
        ['academic', 'functional', 'strengths', 'parentConcerns', 'studentInput', 'impactOnGeneralCurriculum'] as const
      ).map((f) => ({
        key: f,
        label: m(`plan.field.presentLevels.${f}`),
        value: p[f],
      }));
    }
    case 'specialFactors': {
      const s = value as AllSections['specialFactors'];
      return SPECIAL_FACTORS.map((f: SpecialFactorKey) => {
        const factor = s[f];
        const decision =
          factor.needed === null
            ? m('plan.factor.unset')
            : factor.needed
              ? m('plan.factor.isNeeded')
              : m('plan.factor.notNeeded');
        return {
          key: f,
          label: m(`plan.factor.${f}`),
          value: (
            <>
              <span className="read-decision">{decision}</span>
              {factor.howAddressed.trim() && <span className="read-text read-detail">{factor.howAddressed}</span>}
            </>
          ),
        };
      });
    }
    case 'placement': {
      const p = value as AllSections['placement'];
      return [
        { key: 'setting', label: m('plan.placement.setting'), value: m(`plan.placement.setting.${p.setting}`) },
        {
          key: 'regularClassMinutesPerWeek',
          label: m('plan.placement.regularClassMinutesPerWeek'),
          value: p.regularClassMinutesPerWeek === null ? null : intl.formatNumber(p.regularClassMinutesPerWeek),
        },
        {
          key: 'schoolMinutesPerWeek',
          label: m('plan.placement.schoolMinutesPerWeek'),
          value: p.schoolMinutesPerWeek === null ? null : intl.formatNumber(p.schoolMinutesPerWeek),
        },
        {
          key: 'nonParticipationExplanation',
          label: m('plan.placement.nonParticipationExplanation'),
          value: p.nonParticipationExplanation,
        },
        { key: 'extracurricular', label: m('plan.placement.extracurricular'), value: p.extracurricular },
      ];
    }
    case 'esy': {
      const e = value as AllSections['esy'];
      return [
        {
          key: 'determination',
          label: m('plan.esy.determination'),
          value: m(`plan.esy.determination.${e.determination ?? 'unset'}`),
        },
        { key: 'services', label: m('plan.esy.services'), value: e.services },
      ];
    }
    case 'transition': {
      const tr = value as AllSections['transition'];
      return [
        { key: 'assessments', label: m('plan.transition.assessments'), value: tr.assessments },
        {
          key: 'educationTrainingGoal',
          label: m('plan.transition.educationTrainingGoal'),
          value: tr.educationTrainingGoal,
        },
        { key: 'employmentGoal', label: m('plan.transition.employmentGoal'), value: tr.employmentGoal },
        {
          key: 'independentLivingGoal',
          label: m('plan.transition.independentLivingGoal'),
          value: tr.independentLivingGoal,
        },
        {
          key: 'independentLivingNotAppropriate',
          label: m('plan.transition.independentLivingNotAppropriate'),
          value: yesNo(intl, tr.independentLivingNotAppropriate),
        },
        { key: 'services', label: m('plan.transition.services'), value: tr.services },
        { key: 'courseOfStudy', label: m('plan.transition.courseOfStudy'), value: tr.courseOfStudy },
        { key: 'agenciesInvited', label: m('plan.transition.agenciesInvited'), value: tr.agenciesInvited },
      ];
    }
    case 'ageOfMajority': {
      const a = value as AllSections['ageOfMajority'];
      return [
        { key: 'informed', label: m('plan.ageOfMajority.informed'), value: yesNo(intl, a.informed) },
        { key: 'informedOn', label: m('plan.ageOfMajority.informedOn'), value: date(intl, a.informedOn) },
      ];
    }
    case 'progressReporting': {
      const p = value as AllSections['progressReporting'];
      return [
        { key: 'frequency', label: m('plan.progressReporting.frequency'), value: p.frequency },
        { key: 'method', label: m('plan.progressReporting.method'), value: p.method },
      ];
    }
    case 'impairment':
      return [{ key: 'impairment', label: m('plan.impairment'), value: value as string }];
    case 'reviewDate':
      return [{ key: 'reviewDate', label: m('plan.reviewDate'), value: date(intl, value as string | null) }];
    default:
      return null;
  }
}

/** The placement's share of the week in the regular class, as a sentence, or null. */
export function placementPercent(intl: IntlShape, p: AllSections['placement']): string | null {
  if (p.regularClassMinutesPerWeek === null || p.schoolMinutesPerWeek === null) return null;
  const pct = regularClassPercent(p.regularClassMinutesPerWeek, p.schoolMinutesPerWeek);
  if (pct === null) return null;
  return intl.formatMessage(
    { id: 'plan.placement.percent' },
    { percent: intl.formatNumber(pct / 100, { style: 'percent', maximumFractionDigits: 1 }) },
  );
}

export function GoalRead({ goal, number, heading: H }: { goal: Goal; number: number; heading: HeadingLevel }) {
  const t = useT();
  const intl = useIntl();
  return (
    <>
      <H>
        {t('plan.goal.heading', { number })}
        {goal.area.trim() && <span className="item-subtitle">: {goal.area}</span>}
      </H>
      <ReadRows
        rows={[
          { key: 'text', label: t('plan.goal.text'), value: goal.text },
          { key: 'baseline', label: t('plan.goal.baseline'), value: goal.baseline },
          { key: 'measurement', label: t('plan.goal.measurement'), value: goal.measurement },
          {
            key: 'objectives',
            label: t('plan.goal.objectives'),
            value: goal.objectives.filter((o) => o.text.trim()).length ? (
              <ol className="read-sublist">
                {goal.objectives
                  .filter((o) => o.text.trim())
                  .map((o) => (
                    <li key={o.id} className="read-text">
                      {o.text}
                    </li>
                  ))}
              </ol>
            ) : null,
          },
          { key: 'discipline', label: t('plan.goal.discipline'), value: disciplineLabel(intl, goal.discipline) },
        ]}
      />
    </>
  );
}

export function ServiceRead({
  service: s,
  number,
  heading: H,
}: {
  service: Service;
  number: number;
  heading: HeadingLevel;
}) {
  const t = useT();
  const intl = useIntl();
  const frequency =
    s.minutesPerSession !== null && s.sessions !== null && s.per
      ? t('plan.service.frequency', { minutes: s.minutesPerSession, sessions: s.sessions, per: s.per })
      : null;
  const span =
    s.startDate || s.endDate
      ? t('plans.dates', { start: date(intl, s.startDate) ?? '…', end: date(intl, s.endDate) ?? '…' })
      : null;
  return (
    <>
      <H>
        {t('plan.service.heading', { number })}
        {s.service.trim() && <span className="item-subtitle">: {s.service}</span>}
      </H>
      <ReadRows
        rows={[
          { key: 'kind', label: t('plan.service.kind'), value: t(`plan.serviceKind.${s.kind}`) },
          { key: 'providerRole', label: t('plan.service.providerRole'), value: s.providerRole },
          { key: 'frequency', label: t('plan.service.frequencyLabel'), value: frequency },
          {
            key: 'location',
            label: t('plan.service.location'),
            value: s.location
              ? [t(`plan.location.${s.location}`), s.locationDetail.trim()].filter(Boolean).join(' — ')
              : null,
          },
          { key: 'dates', label: t('plan.service.period'), value: span },
          { key: 'discipline', label: t('plan.service.discipline'), value: disciplineLabel(intl, s.discipline) },
        ]}
      />
    </>
  );
}

export function AccommodationRead({
  accommodation: a,
  number,
  heading: H,
}: {
  accommodation: Accommodation;
  number: number;
  heading: HeadingLevel;
}) {
  const t = useT();
  return (
    <>
      <H>{t('plan.accommodation.heading', { number })}</H>
      <ReadRows
        rows={[
          { key: 'description', label: t('plan.accommodation.description'), value: a.description },
          { key: 'kind', label: t('plan.accommodation.kind'), value: t(`plan.accommodation.kind.${a.kind}`) },
          { key: 'settings', label: t('plan.accommodation.settings'), value: a.settings },
          { key: 'responsibleStaff', label: t('plan.accommodation.responsibleStaff'), value: a.responsibleStaff },
        ]}
      />
    </>
  );
}

export function AssessmentRead({
  assessment: a,
  number,
  heading: H,
}: {
  assessment: AssessmentParticipation;
  number: number;
  heading: HeadingLevel;
}) {
  const t = useT();
  return (
    <>
      <H>
        {t('plan.assessment.heading', { number })}
        {a.assessment.trim() && <span className="item-subtitle">: {a.assessment}</span>}
      </H>
      <ReadRows
        rows={[
          {
            key: 'participation',
            label: t('plan.assessment.participation'),
            value: t(`plan.assessment.participation.${a.participation ?? 'unset'}`),
          },
          ...(a.participation === 'alternate'
            ? [{ key: 'alternateReason', label: t('plan.assessment.alternateReason'), value: a.alternateReason }]
            : []),
        ]}
      />
    </>
  );
}

function ItemList<T>({
  items,
  empty,
  render,
}: {
  items: readonly T[];
  empty: string;
  render: (item: T, i: number) => ReactNode;
}) {
  if (!items.length) return <p className="muted">{empty}</p>;
  return (
    <ol className="read-items">
      {items.map((item, i) => (
        <li key={i} className="read-item">
          {render(item, i)}
        </li>
      ))}
    </ol>
  );
}

/** One section's content, read-only. `heading` is the level for list items (h3 on the page, h4 inside a comparison). */
export function SectionRead<K extends SectionKey>({
  section,
  value,
  heading = 'h3',
  onlyKeys,
}: {
  section: K;
  value: AllSections[K];
  heading?: HeadingLevel;
  /** Show only these rows (a comparison shows what differs). */
  onlyKeys?: ReadonlySet<string>;
}) {
  const t = useT();
  const intl = useIntl();
  const rows = sectionRows(intl, section, value);
  if (rows) {
    const extra = section === 'placement' ? placementPercent(intl, value as AllSections['placement']) : null;
    return (
      <>
        <ReadRows rows={onlyKeys ? rows.filter((r) => onlyKeys.has(r.key)) : rows} />
        {extra && !onlyKeys && <p className="read-note">{extra}</p>}
      </>
    );
  }
  switch (section) {
    case 'goals':
      return (
        <ItemList
          items={value as Goal[]}
          empty={t('plan.goal.none')}
          render={(g, i) => <GoalRead goal={g} number={i + 1} heading={heading} />}
        />
      );
    case 'services':
      return (
        <ItemList
          items={value as Service[]}
          empty={t('plan.service.none')}
          render={(s, i) => <ServiceRead service={s} number={i + 1} heading={heading} />}
        />
      );
    case 'accommodations':
      return (
        <ItemList
          items={value as Accommodation[]}
          empty={t('plan.accommodation.none')}
          render={(a, i) => <AccommodationRead accommodation={a} number={i + 1} heading={heading} />}
        />
      );
    case 'assessments':
      return (
        <ItemList
          items={value as AssessmentParticipation[]}
          empty={t('plan.assessment.none')}
          render={(a, i) => <AssessmentRead assessment={a} number={i + 1} heading={heading} />}
        />
      );
    case 'majorLifeActivities': {
      const list = (value as string[]).filter((a) => a.trim());
      return list.length ? (
        <ul className="read-sublist">
          {list.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('plan.majorLifeActivity.none')}</p>
      );
    }
    default:
      return null;
  }
}
