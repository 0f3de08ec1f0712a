/**
 * The printed IEP (34 CFR 300.320) and Section 504 plan, in English or Spanish. A pure function of its
 * input: no database, no clock (the time it was generated is passed in). Only the sections listed in
 * `plan.sections` are printed, so the caller decides what the reader may see; fixed text comes from
 * the message catalogue, and what the team typed is printed as typed.
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
  type PlanDates,
  type PlanStatus,
  type PlanType,
  type PresentLevels,
  type ProgressReporting,
  type Section504Content,
  type Service,
  type SpecialFactors,
  type Transition,
} from '../../domain/plan';
import type { PlanSection } from '../../policy/plan';
import { en, type MessageId } from '../messages/en';
import type { Locale } from '../messages';
import { documentText, type DocumentText } from './i18n';
import { DocWriter } from './writer';

export interface PlanDocumentStudent {
  firstName: string;
  middleName: string | null;
  lastName: string;
  dateOfBirth: IsoDate | null;
  grade: string | null;
  schoolName: string | null;
  /** The district student ID: only when the reader may see identifiers. */
  localId?: string | null;
  /** Disability categories: only when the reader may see them. */
  primaryDisability?: string | null;
  secondaryDisability?: string | null;
  caseManagers: readonly string[];
}

export interface PlanDocumentPlan {
  id: string;
  type: PlanType;
  status: PlanStatus;
  version: number;
  amendmentMethod: 'meeting' | 'written_agreement' | null;
  dates: PlanDates;
  /** The sections to print: those the reader may view. Any other content is ignored. */
  sections: readonly PlanSection[];
  content: Record<string, unknown>;
}

export interface RenderPlanInput {
  plan: PlanDocumentPlan;
  student: PlanDocumentStudent;
  lang: Locale;
  /** When the document is generated (the PDF's creation date). */
  generatedAt: Date;
  /** The district's date that day (config.today()), printed in the footer: an instant's UTC date is tomorrow on a California evening. */
  printedOn: IsoDate;
}

export interface RenderedPlan {
  pdf: Buffer;
  pages: number;
}

/** The plan as a tagged PDF. */
export async function renderPlanPdf(input: RenderPlanInput): Promise<Buffer> {
  return (await renderPlanDocument(input)).pdf;
}

/** The plan as a tagged PDF, with its page count. */
export async function renderPlanDocument(input: RenderPlanInput): Promise<RenderedPlan> {
  const { plan, student, lang, generatedAt } = input;
  const tx = documentText(lang);
  const name = fullName(student);
  const title = tx.t(plan.type === 'iep' ? 'document.iep.title' : 'document.504.title');
  const w = new DocWriter({
    lang,
    title: tx.t('document.metaTitle', { title, name }),
    subject: tx.t(plan.type === 'iep' ? 'document.iep.subject' : 'document.504.subject'),
    creationDate: generatedAt,
  });
  const show = new Set<PlanSection>(plan.sections);
  const na = tx.t('document.notRecorded');

  w.h1(title);
  if (plan.status !== 'active') w.notice(tx.t(`document.status.${plan.status}`));
  if (plan.amendmentMethod) w.notice(tx.t(`document.amendment.${plan.amendmentMethod}`));

  w.section(tx.t('document.section.student'), () => w.keyValues(studentRows(tx, student, name), na));
  if (show.has('dates')) w.section(tx.t('document.section.dates'), () => w.keyValues(dateRows(tx, plan.dates), na));

  if (plan.type === 'iep') printIep(w, tx, plan.content, show);
  else print504(w, tx, plan.content, show);

  const d = plan.dates;
  const pdf = await w.finish({
    topLeft: title,
    topRight: name,
    subLeft: !show.has('dates')
      ? ''
      : d.startDate || d.endDate
        ? tx.t('document.header.dates', { start: dateOr(tx, d.startDate), end: dateOr(tx, d.endDate) })
        : tx.t('document.header.noDates'),
    bottomLeft: tx.t('document.printed', { date: tx.date(input.printedOn), version: plan.version }),
    pageLabel: (page, pages) => tx.t('document.page', { page, pages }),
  });
  return { pdf, pages: w.pageCount };
}

// ---- the parts ------------------------------------------------------------------------------------------

function printIep(w: DocWriter, tx: DocumentText, c: Partial<IepContent>, show: Set<PlanSection>): void {
  const na = tx.t('document.notRecorded');
  const none = tx.t('document.none');
  const t = tx.t.bind(tx);

  if (show.has('presentLevels')) {
    const pl: Partial<PresentLevels> = c.presentLevels ?? {};
    w.section(t('document.section.presentLevels'), () => {
      for (const key of [
        'academic',
        'functional',
        'strengths',
        'parentConcerns',
        'studentInput',
        'impactOnGeneralCurriculum',
      ] as const) {
        w.labeledText(t(`document.presentLevels.${key}`), pl[key], na);
      }
    });
  }

  if (show.has('specialFactors')) {
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
          const how = f?.howAddressed?.trim() ?? '';
          return { label: t(`document.specialFactor.${k}`), value: [decided, how].filter(Boolean).join('\n') };
        }),
        na,
      ),
    );
  }

  if (show.has('goals')) {
    const goals: Goal[] = c.goals ?? [];
    w.section(
      t('document.section.goals'),
      () => {
        if (!goals.length) {
          w.paragraph('', none);
          return;
        }
        goals.forEach((g, i) => {
          const heading = g.area?.trim()
            ? t('document.goal.heading', { number: i + 1, area: g.area.trim() })
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
            if (g.objectives?.length) {
              w.h4(t('document.goal.objectives'));
              w.list(
                g.objectives.map((o) => o.text),
                { ordered: true, indent: 8 },
              );
            }
          });
        });
      },
      { keepLines: 8 },
    );
  }

  if (show.has('services')) {
    const services: Service[] = c.services ?? [];
    w.section(
      t('document.section.services'),
      () => {
        if (!services.length) {
          w.paragraph('', none);
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
            na,
          );
        }
      },
      { keepLines: 10 },
    );
  }

  if (show.has('accommodations')) {
    w.section(t('document.section.accommodations'), () => accommodationsTable(w, tx, c.accommodations ?? [], false));
  }

  if (show.has('assessments')) {
    const rows: AssessmentParticipation[] = c.assessments ?? [];
    w.section(t('document.section.assessments'), () => {
      if (!rows.length) {
        w.paragraph('', none);
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
        na,
      );
    });
  }

  if (show.has('placement')) {
    const p: Partial<Placement> = c.placement ?? {};
    w.section(t('document.section.placement'), () => w.keyValues(placementRows(tx, p), na));
  }

  if (show.has('esy')) {
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
        na,
      ),
    );
  }

  if (show.has('transition')) {
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
        na,
      ),
    );
  }

  if (show.has('ageOfMajority')) {
    const a: Partial<AgeOfMajority> = c.ageOfMajority ?? {};
    w.section(t('document.section.ageOfMajority'), () =>
      w.paragraph(
        a.informed
          ? a.informedOn
            ? t('document.ageOfMajority.informedOn', { date: tx.date(a.informedOn) })
            : t('document.ageOfMajority.informed')
          : t('document.ageOfMajority.notInformed'),
        na,
      ),
    );
  }

  if (show.has('progressReporting')) {
    const r: Partial<ProgressReporting> = c.progressReporting ?? {};
    w.section(t('document.section.progressReporting'), () =>
      w.keyValues(
        [
          { label: t('document.progressReporting.frequency'), value: r.frequency },
          { label: t('document.progressReporting.method'), value: r.method },
        ],
        na,
      ),
    );
  }
}

function print504(w: DocWriter, tx: DocumentText, c: Partial<Section504Content>, show: Set<PlanSection>): void {
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
  const withStaff = plan504 || rows.some((a) => a.responsibleStaff?.trim());
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

function studentRows(tx: DocumentText, s: PlanDocumentStudent, name: string) {
  const t = tx.t.bind(tx);
  const rows: { label: string; value: string | null }[] = [
    { label: t('document.field.name'), value: name },
    { label: t('student.field.dateOfBirth'), value: s.dateOfBirth ? tx.date(s.dateOfBirth) : null },
    { label: t('student.field.grade'), value: s.grade ? gradeLabel(tx, s.grade) : null },
    { label: t('student.field.school'), value: s.schoolName },
  ];
  if (s.localId !== undefined) rows.push({ label: t('student.field.localId'), value: s.localId });
  if (s.primaryDisability !== undefined)
    rows.push({
      label: t('student.field.primaryDisability'),
      value: s.primaryDisability ? codeLabel(tx, `disability.${s.primaryDisability}`, s.primaryDisability) : null,
    });
  if (s.secondaryDisability)
    rows.push({
      label: t('student.field.secondaryDisability'),
      value: codeLabel(tx, `disability.${s.secondaryDisability}`, s.secondaryDisability),
    });
  rows.push({ label: t('student.field.caseManagers'), value: s.caseManagers.join(', ') || null });
  return rows;
}

function dateRows(tx: DocumentText, d: PlanDates) {
  const t = tx.t.bind(tx);
  const v = (x: IsoDate | null) => (x ? tx.date(x) : null);
  return [
    { label: t('document.field.meetingDate'), value: v(d.meetingDate) },
    { label: t('document.field.startDate'), value: v(d.startDate) },
    { label: t('document.field.endDate'), value: v(d.endDate) },
    { label: t('document.field.nextAnnualReview'), value: v(d.nextAnnualReview) },
  ];
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

// ---- small formatters -------------------------------------------------------------------------------------

export function fullName(s: Pick<PlanDocumentStudent, 'firstName' | 'middleName' | 'lastName'>): string {
  return [s.firstName, s.middleName, s.lastName].filter((x) => x && x.trim()).join(' ');
}

function isMessageId(key: string): key is MessageId {
  return Object.prototype.hasOwnProperty.call(en, key);
}

function codeLabel(tx: DocumentText, key: string, fallback: string): string {
  return isMessageId(key) ? tx.t(key) : fallback;
}

function gradeLabel(tx: DocumentText, grade: string): string {
  if (/^\d{1,2}$/.test(grade)) return tx.t('grade.numbered', { number: Number(grade) });
  return codeLabel(tx, `grade.${grade}`, grade);
}

function dateOr(tx: DocumentText, d: IsoDate | null, style: 'long' | 'short' = 'long'): string {
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
  const detail = s.locationDetail?.trim() ?? '';
  if (where && detail) return `${where}: ${detail}`;
  return where || detail || null;
}
