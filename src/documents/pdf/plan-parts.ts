/**
 * The printed plan's content sections (src/documents/pdf/plan-document.ts assembles the document): one printer per IEP
 * section, in the IEP's order, the 504 plan's sections, and the formatters they share.
 *
 * The content is the plan's stored JSON, which is not migrated when a field is added, so a printer reads text and
 * lists leniently (`text`, `list`): a field an older plan lacks prints as not recorded, never as an error.
 */
import type { IsoDate } from '../../domain/dates';
import { environmentCode, regularClassPercent, type Setting } from '../../domain/placement';
import {
  SERVICE_KINDS,
  SPECIAL_FACTORS,
  type Accommodation,
  type AgeOfMajority,
  type AssessmentParticipation,
  type Esy,
  type Goal,
  type IepContent,
  type Placement,
  type PresentLevels,
  type ProgressReporting,
  type Section504Content,
  type Service,
  type SpecialFactors,
  type Transition,
} from '../../domain/plan';
import type { PlanSection } from '../../policy/plan';
import type { DocumentText } from './i18n';
import type { DocWriter } from './writer';

/** Stored text, trimmed; '' when an older plan has no such field. */
const text = (v: string | null | undefined): string => (v ?? '').trim();
/** A stored list; empty when an older plan has no such field. */
const list = <T>(v: readonly T[] | null | undefined): readonly T[] => v ?? [];

type IepPrinter = (w: DocWriter, tx: DocumentText, c: Partial<IepContent>) => void;

/** The IEP's sections in print order, each with its printer. */
const IEP_SECTIONS: readonly [PlanSection, IepPrinter][] = [
  ['presentLevels', printPresentLevels],
  ['specialFactors', printSpecialFactors],
  ['goals', printGoals],
  ['services', printServices],
  [
    'accommodations',
    (w, tx, c) =>
      w.section(tx.t('document.section.accommodations'), () =>
        accommodationsTable(w, tx, c.accommodations ?? [], false),
      ),
  ],
  ['assessments', printAssessments],
  [
    'placement',
    (w, tx, c) => {
      const p: Partial<Placement> = c.placement ?? {};
      w.section(tx.t('document.section.placement'), () =>
        w.keyValues(placementRows(tx, p), tx.t('document.notRecorded')),
      );
    },
  ],
  ['esy', printEsy],
  ['transition', printTransition],
  ['ageOfMajority', printAgeOfMajority],
  ['progressReporting', printProgressReporting],
];

export function printIep(w: DocWriter, tx: DocumentText, c: Partial<IepContent>, show: Set<PlanSection>): void {
  for (const [section, print] of IEP_SECTIONS) if (show.has(section)) print(w, tx, c);
}

function printPresentLevels(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const na = tx.t('document.notRecorded');
  const pl: Partial<PresentLevels> = c.presentLevels ?? {};
  w.section(tx.t('document.section.presentLevels'), () => {
    for (const key of [
      'academic',
      'functional',
      'strengths',
      'parentConcerns',
      'studentInput',
      'impactOnGeneralCurriculum',
    ] as const) {
      w.labeledText(tx.t(`document.presentLevels.${key}`), pl[key], na);
    }
  });
}

function printSpecialFactors(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const t = tx.t.bind(tx);
  const sf: Partial<SpecialFactors> = c.specialFactors ?? {};
  w.section(t('document.section.specialFactors'), () =>
    w.keyValues(
      SPECIAL_FACTORS.map((k) => {
        const f = sf[k];
        const decided =
          f?.needed === true
            ? t('document.specialFactor.needed')
            : f?.needed === false
              ? t('document.specialFactor.notNeeded')
              : '';
        const how = text(f?.howAddressed);
        return { label: t(`document.specialFactor.${k}`), value: [decided, how].filter(Boolean).join('\n') };
      }),
      t('document.notRecorded'),
    ),
  );
}

function printGoals(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const t = tx.t.bind(tx);
  const na = t('document.notRecorded');
  const goals: Goal[] = c.goals ?? [];
  w.section(
    t('document.section.goals'),
    () => {
      if (!goals.length) {
        w.paragraph('', t('document.none'));
        return;
      }
      goals.forEach((g, i) => {
        const area = text(g.area);
        const heading = area
          ? t('document.goal.heading', { number: i + 1, area })
          : t('document.goal.headingNoArea', { number: i + 1 });
        w.subsection(heading, () => {
          w.keyValues(
            [
              { label: t('document.goal.text'), value: g.text },
              { label: t('document.goal.baseline'), value: g.baseline },
              { label: t('document.goal.measurement'), value: g.measurement },
            ],
            na,
          );
          const objectives = list(g.objectives);
          if (objectives.length) {
            w.h4(t('document.goal.objectives'));
            w.list(
              objectives.map((o) => o.text),
              { ordered: true, indent: 8 },
            );
          }
        });
      });
    },
    { keepLines: 8 },
  );
}

function printServices(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const t = tx.t.bind(tx);
  const services: Service[] = c.services ?? [];
  w.section(
    t('document.section.services'),
    () => {
      if (!services.length) {
        w.paragraph('', t('document.none'));
        return;
      }
      for (const kind of SERVICE_KINDS) {
        const group = services.filter((s) => s.kind === kind);
        if (!group.length) continue;
        w.h3(t(`document.serviceKind.${kind}`), 6);
        w.table(
          [
            { header: t('document.service.service'), share: 0.25 },
            { header: t('document.service.provider'), share: 0.19 },
            { header: t('document.service.amount'), share: 0.2 },
            { header: t('document.service.location'), share: 0.17 },
            { header: t('document.service.dates'), share: 0.19 },
          ],
          group.map((s) => [
            serviceName(s.service),
            s.providerRole,
            serviceAmount(tx, s),
            serviceLocation(tx, s),
            dateRange(tx, s.startDate, s.endDate),
          ]),
          t('document.notRecorded'),
        );
      }
    },
    { keepLines: 10 },
  );
}

function printAssessments(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const t = tx.t.bind(tx);
  const rows: AssessmentParticipation[] = c.assessments ?? [];
  w.section(t('document.section.assessments'), () => {
    if (!rows.length) {
      w.paragraph('', t('document.none'));
      return;
    }
    w.table(
      [
        { header: t('document.assessment.assessment'), share: 0.3 },
        { header: t('document.assessment.participation'), share: 0.27 },
        { header: t('document.assessment.alternateReason'), share: 0.43 },
      ],
      rows.map((a) => [
        a.assessment,
        a.participation ? t(`document.participation.${a.participation}`) : null,
        a.alternateReason,
      ]),
      t('document.notRecorded'),
    );
  });
}

function printEsy(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const t = tx.t.bind(tx);
  const e: Partial<Esy> = c.esy ?? {};
  w.section(t('document.section.esy'), () =>
    w.keyValues(
      [
        {
          label: t('document.esy.determination'),
          value: e.determination ? t(`document.esy.${e.determination}`) : null,
        },
        { label: t('document.esy.services'), value: e.services },
      ],
      t('document.notRecorded'),
    ),
  );
}

function printTransition(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const t = tx.t.bind(tx);
  const tr: Partial<Transition> = c.transition ?? {};
  w.section(t('document.section.transition'), () =>
    w.keyValues(
      [
        { label: t('document.transition.assessments'), value: tr.assessments },
        { label: t('document.transition.educationTrainingGoal'), value: tr.educationTrainingGoal },
        { label: t('document.transition.employmentGoal'), value: tr.employmentGoal },
        {
          label: t('document.transition.independentLivingGoal'),
          value: tr.independentLivingNotAppropriate
            ? [t('document.transition.independentLivingNotAppropriate'), tr.independentLivingGoal ?? '']
                .filter((s) => s.trim())
                .join('\n')
            : tr.independentLivingGoal,
        },
        { label: t('document.transition.services'), value: tr.services },
        { label: t('document.transition.courseOfStudy'), value: tr.courseOfStudy },
        { label: t('document.transition.agenciesInvited'), value: tr.agenciesInvited },
      ],
      t('document.notRecorded'),
    ),
  );
}

function printAgeOfMajority(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const t = tx.t.bind(tx);
  const a: Partial<AgeOfMajority> = c.ageOfMajority ?? {};
  w.section(t('document.section.ageOfMajority'), () =>
    w.paragraph(
      a.informed
        ? a.informedOn
          ? t('document.ageOfMajority.informedOn', { date: tx.date(a.informedOn) })
          : t('document.ageOfMajority.informed')
        : t('document.ageOfMajority.notInformed'),
      t('document.notRecorded'),
    ),
  );
}

function printProgressReporting(w: DocWriter, tx: DocumentText, c: Partial<IepContent>): void {
  const t = tx.t.bind(tx);
  const r: Partial<ProgressReporting> = c.progressReporting ?? {};
  w.section(t('document.section.progressReporting'), () =>
    w.keyValues(
      [
        { label: t('document.progressReporting.frequency'), value: r.frequency },
        { label: t('document.progressReporting.method'), value: r.method },
      ],
      t('document.notRecorded'),
    ),
  );
}

export function print504(w: DocWriter, tx: DocumentText, c: Partial<Section504Content>, show: Set<PlanSection>): void {
  const na = tx.t('document.notRecorded');
  const none = tx.t('document.none');
  if (show.has('impairment')) w.section(tx.t('document.section.impairment'), () => w.paragraph(c.impairment, na));
  if (show.has('majorLifeActivities')) {
    const items = (c.majorLifeActivities ?? []).filter((s) => s.trim());
    w.section(tx.t('document.section.majorLifeActivities'), () =>
      items.length ? w.list(items, { ordered: false }) : w.paragraph('', none),
    );
  }
  if (show.has('accommodations'))
    w.section(tx.t('document.section.accommodations'), () => accommodationsTable(w, tx, c.accommodations ?? [], true));
  if (show.has('reviewDate'))
    w.section(tx.t('document.section.reviewDate'), () => w.paragraph(c.reviewDate ? tx.date(c.reviewDate) : '', na));
}

function accommodationsTable(w: DocWriter, tx: DocumentText, rows: readonly Accommodation[], plan504: boolean): void {
  const t = tx.t.bind(tx);
  if (!rows.length) {
    w.paragraph('', t('document.none'));
    return;
  }
  const withStaff = plan504 || rows.some((a) => text(a.responsibleStaff));
  const columns = [
    { header: t('document.accommodation.description'), share: withStaff ? 0.4 : 0.5 },
    { header: t('document.accommodation.kind'), share: withStaff ? 0.17 : 0.2 },
    { header: t('document.accommodation.settings'), share: withStaff ? 0.25 : 0.3 },
    ...(withStaff ? [{ header: t('document.accommodation.responsibleStaff'), share: 0.18 }] : []),
  ];
  w.table(
    columns,
    rows.map((a) => [
      a.description,
      t(`document.accommodationKind.${a.kind}`),
      a.settings,
      ...(withStaff ? [a.responsibleStaff] : []),
    ]),
    t('document.notRecorded'),
  );
}

function placementRows(tx: DocumentText, p: Partial<Placement>) {
  const t = tx.t.bind(tx);
  const reg = p.regularClassMinutesPerWeek ?? null;
  const day = p.schoolMinutesPerWeek ?? null;
  const percent = reg !== null && day !== null ? regularClassPercent(reg, day) : null;
  const setting: Setting | undefined = p.setting;
  const code = setting ? environmentCode(setting, reg ?? -1, day ?? 0) : null;
  return [
    { label: t('document.placement.setting'), value: setting ? t(`document.setting.${setting}`) : null },
    { label: t('document.placement.regularClassMinutes'), value: reg === null ? null : tx.number(reg) },
    { label: t('document.placement.schoolMinutes'), value: day === null ? null : tx.number(day) },
    {
      label: t('document.placement.regularClassShare'),
      value:
        percent === null
          ? null
          : t('document.placement.regularClassShareValue', {
              percent: tx.number(percent / 100, { style: 'percent', maximumFractionDigits: 1 }),
            }),
    },
    {
      label: t('document.placement.environment'),
      value: code
        ? t('document.placement.environmentValue', { code, label: t(`document.environment.${code}`) })
        : t('document.environment.unknown'),
    },
    { label: t('document.placement.nonParticipation'), value: p.nonParticipationExplanation },
    { label: t('document.placement.extracurricular'), value: p.extracurricular },
  ];
}

// ---- formatters ---------------------------------------------------------------------------------------------

export function dateOr(tx: DocumentText, d: IsoDate | null, style: 'long' | 'short' = 'long'): string {
  return d ? tx.date(d, style) : '…';
}

/** A service's dates, short ("Sep 14, 2026 to Sep 9, 2027"), for a table cell. */
function dateRange(tx: DocumentText, start: IsoDate | null, end: IsoDate | null): string | null {
  if (!start && !end) return null;
  return tx.t('document.dateRange', { start: dateOr(tx, start, 'short'), end: dateOr(tx, end, 'short') });
}

/**
 * A service as the team named it. Codes from the service catalogue (snake_case, e.g.
 * "speech_language_therapy") are shown as words until the catalogue has labels of its own.
 */
function serviceName(service: string): string {
  if (!/^[a-z0-9]+(_[a-z0-9]+)+$/.test(service)) return service;
  const words = service.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function serviceAmount(tx: DocumentText, s: Service): string | null {
  const { minutesPerSession: minutes, sessions, per } = s;
  if (minutes !== null && sessions !== null && per !== null)
    return tx.t('document.service.amountValue', { minutes, sessions, per });
  if (minutes !== null) return tx.t('document.service.minutesOnly', { minutes });
  if (sessions !== null && per !== null) return tx.t('document.service.sessionsOnly', { sessions, per });
  return null;
}

function serviceLocation(tx: DocumentText, s: Service): string | null {
  const where = s.location ? tx.t(`document.serviceLocation.${s.location}`) : '';
  const detail = text(s.locationDetail);
  if (where && detail) return `${where}: ${detail}`;
  return where || detail || null;
}
