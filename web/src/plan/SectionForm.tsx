/**
 * The form for one section of a draft. Each change hands the whole new section value up (the section
 * is the unit the API saves). Lists add and remove items, each with a generated id; focus follows:
 * to the new item's first field after "Add", to the list's "Add" button after "Remove".
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { PROVIDER_DISCIPLINES } from '../../../src/domain/roles';
import {
  ASSESSMENT_PARTICIPATION,
  SERVICE_KINDS,
  SERVICE_LOCATIONS,
  SPECIAL_FACTORS,
  type Accommodation,
  type AssessmentParticipation,
  type Goal,
  type Service,
} from '../../../src/domain/plan';
import { SETTINGS } from '../../../src/domain/placement';
import { useT } from '../i18n';
import { disciplineLabel } from '../labels';
import { fieldId, newAccommodation, newAssessment, newGoal, newItemId, newService } from './sections';
import type { AllSections, BankGoal, GradeBand, SectionKey } from '../types';
import {
  CheckboxField,
  DateField,
  NumberField,
  RadioField,
  SelectField,
  TextAreaField,
  TextField,
  type Option,
} from './fields';
import { areaLabel, gradeBandOf } from './GoalBank';
import { GoalBankPicker } from './GoalBankPicker';
import { GoalBankSave } from './GoalBankSave';
import { GoalCheckPanel } from './GoalCheck';
import { GoalRead, placementPercent, ServiceRead } from './ReadView';

export interface EditorContext {
  /** A provider edits only goals and services of their discipline, and adds items in it. */
  discipline: string | null;
  isProvider: boolean;
  /** The student's grade (CEDS code), when the page knows it: the goal bank starts at its grade band. */
  grade?: string | null;
}

interface FormProps<K extends SectionKey> {
  section: K;
  value: AllSections[K];
  onChange: (value: AllSections[K]) => void;
  ctx: EditorContext;
}

export function SectionForm<K extends SectionKey>(props: FormProps<K>) {
  // Each case narrows the section's value type by its key.
  const { section, value, onChange, ctx } = props as unknown as {
    section: SectionKey;
    value: AllSections[SectionKey];
    onChange: (v: unknown) => void;
    ctx: EditorContext;
  };
  switch (section) {
    case 'dates':
      return <DatesForm value={value as AllSections['dates']} onChange={onChange} />;
    case 'presentLevels':
      return <PresentLevelsForm value={value as AllSections['presentLevels']} onChange={onChange} />;
    case 'specialFactors':
      return <SpecialFactorsForm value={value as AllSections['specialFactors']} onChange={onChange} />;
    case 'goals':
      return <GoalsForm value={value as Goal[]} onChange={onChange} ctx={ctx} />;
    case 'services':
      return <ServicesForm value={value as Service[]} onChange={onChange} ctx={ctx} />;
    case 'accommodations':
      return <AccommodationsForm value={value as Accommodation[]} onChange={onChange} />;
    case 'assessments':
      return <AssessmentsForm value={value as AssessmentParticipation[]} onChange={onChange} />;
    case 'placement':
      return <PlacementForm value={value as AllSections['placement']} onChange={onChange} />;
    case 'esy':
      return <EsyForm value={value as AllSections['esy']} onChange={onChange} />;
    case 'transition':
      return <TransitionForm value={value as AllSections['transition']} onChange={onChange} />;
    case 'ageOfMajority':
      return <AgeOfMajorityForm value={value as AllSections['ageOfMajority']} onChange={onChange} />;
    case 'progressReporting':
      return <ProgressReportingForm value={value as AllSections['progressReporting']} onChange={onChange} />;
    case 'impairment':
      return <ImpairmentForm value={value as string} onChange={onChange} />;
    case 'majorLifeActivities':
      return <MajorLifeActivitiesForm value={value as string[]} onChange={onChange} />;
    case 'reviewDate':
      return <ReviewDateForm value={value as string | null} onChange={onChange} />;
  }
}

type Change<T> = { value: T; onChange: (v: T) => void };

function DatesForm({ value, onChange }: Change<AllSections['dates']>) {
  const t = useT();
  return (
    <div className="field-grid">
      {(['meetingDate', 'startDate', 'endDate', 'nextAnnualReview'] as const).map((f) => (
        <DateField
          key={f}
          path={`dates.${f}`}
          label={t(`plan.field.dates.${f}`)}
          value={value[f]}
          onChange={(v) => onChange({ ...value, [f]: v })}
        />
      ))}
    </div>
  );
}

function PresentLevelsForm({ value, onChange }: Change<AllSections['presentLevels']>) {
  const t = useT();
  return (
    <>
      {(
        ['academic', 'functional', 'impactOnGeneralCurriculum', 'strengths', 'parentConcerns', 'studentInput'] as const
      ).map((f) => (
        <TextAreaField
          key={f}
          path={`presentLevels.${f}`}
          label={t(`plan.field.presentLevels.${f}`)}
          value={value[f]}
          rows={f === 'academic' || f === 'functional' ? 6 : 4}
          onChange={(v) => onChange({ ...value, [f]: v })}
        />
      ))}
    </>
  );
}

function SpecialFactorsForm({ value, onChange }: Change<AllSections['specialFactors']>) {
  const t = useT();
  const options: Option<'unset' | 'yes' | 'no'>[] = [
    { value: 'unset', label: t('plan.factor.unset') },
    { value: 'yes', label: t('plan.factor.isNeeded') },
    { value: 'no', label: t('plan.factor.notNeeded') },
  ];
  return (
    <>
      {SPECIAL_FACTORS.map((f) => {
        const factor = value[f];
        return (
          <div key={f} className="plan-subgroup">
            <RadioField
              path={`specialFactors.${f}.needed`}
              label={t(`plan.factor.${f}`)}
              value={factor.needed === null ? 'unset' : factor.needed ? 'yes' : 'no'}
              options={options}
              onChange={(v) => onChange({ ...value, [f]: { ...factor, needed: v === 'unset' ? null : v === 'yes' } })}
            />
            {factor.needed === true && (
              <TextAreaField
                path={`specialFactors.${f}.howAddressed`}
                label={t('plan.factor.howAddressed')}
                value={factor.howAddressed}
                maxLength={5000}
                rows={3}
                onChange={(v) => onChange({ ...value, [f]: { ...factor, howAddressed: v } })}
              />
            )}
          </div>
        );
      })}
    </>
  );
}

/** After an add or a remove, the id of the element to focus once the list has re-rendered. */
function useFocusAfterRender(dep: unknown) {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current) {
      document.getElementById(target.current)?.focus();
      target.current = null;
    }
  }, [dep]);
  return (id: string) => {
    target.current = id;
  };
}

function ItemFrame({
  path,
  title,
  removeLabel,
  onRemove,
  children,
}: {
  path: string;
  title: string;
  removeLabel?: string;
  onRemove?: () => void;
  children: ReactNode;
}) {
  return (
    <li className="plan-item">
      <div className="plan-item-head">
        <h3 id={fieldId(path)} tabIndex={-1}>
          {title}
        </h3>
        {onRemove && removeLabel && (
          <button type="button" className="button button-quiet button-small" onClick={onRemove}>
            {removeLabel}
          </button>
        )}
      </div>
      {children}
    </li>
  );
}

function AddButton({ id, label, onClick }: { id: string; label: string; onClick: () => void }) {
  return (
    <button id={id} type="button" className="button button-secondary" onClick={onClick}>
      <span aria-hidden="true">+</span> {label}
    </button>
  );
}

function disciplineOptions(intl: ReturnType<typeof useIntl>): Option<string>[] {
  return PROVIDER_DISCIPLINES.map((d) => ({ value: d, label: disciplineLabel(intl, d) }));
}

function GoalsForm({ value, onChange, ctx }: Change<Goal[]> & { ctx: EditorContext }) {
  const t = useT();
  const intl = useIntl();
  const focusNext = useFocusAfterRender(value.length);
  const set = (i: number, goal: Goal) => onChange(value.map((g, j) => (j === i ? goal : g)));
  const mayEdit = (g: Goal) => !ctx.isProvider || g.discipline === ctx.discipline;
  const band = gradeBandOf(ctx.grade);
  /** A goal from the bank becomes a new goal of this plan, to adapt; focus goes to its text. */
  const insert = (b: BankGoal) => {
    focusNext(fieldId(`goals[${value.length}].text`));
    onChange([
      ...value,
      {
        ...newGoal(ctx.isProvider ? ctx.discipline : null),
        area: areaLabel(t, b.area),
        text: b.text,
        measurement: b.measurement,
      },
    ]);
  };
  return (
    <>
      {value.length === 0 && <p className="muted">{t('plan.goal.none')}</p>}
      <ol className="plan-items">
        {value.map((g, i) =>
          mayEdit(g) ? (
            <ItemFrame
              key={g.id}
              path={`goals[${i}]`}
              title={t('plan.goal.heading', { number: i + 1 })}
              removeLabel={t('plan.goal.remove', { number: i + 1 })}
              onRemove={() => {
                focusNext('add-goal');
                onChange(value.filter((_, j) => j !== i));
              }}
            >
              <GoalFields
                goal={g}
                index={i}
                onChange={(goal) => set(i, goal)}
                disciplines={ctx.isProvider ? null : disciplineOptions(intl)}
                gradeBand={band}
              />
            </ItemFrame>
          ) : (
            <li key={g.id} className="plan-item plan-item-readonly">
              <GoalRead goal={g} number={i + 1} heading="h3" />
              <p className="muted">{t('plan.goal.otherDiscipline')}</p>
            </li>
          ),
        )}
      </ol>
      <div className="goal-add-actions">
        <AddButton
          id="add-goal"
          label={t('plan.goal.add')}
          onClick={() => {
            focusNext(fieldId(`goals[${value.length}].area`));
            onChange([...value, newGoal(ctx.isProvider ? ctx.discipline : null)]);
          }}
        />
        <GoalBankPicker gradeBand={band} onInsert={insert} />
      </div>
    </>
  );
}

function GoalFields({
  goal: g,
  index: i,
  onChange,
  disciplines,
  gradeBand,
}: {
  goal: Goal;
  index: number;
  onChange: (g: Goal) => void;
  disciplines: Option<string>[] | null;
  gradeBand: GradeBand | null;
}) {
  const t = useT();
  const p = `goals[${i}]`;
  const checkId = `goal-check-${g.id}`;
  const focusNext = useFocusAfterRender(g.objectives.length);
  return (
    <>
      <div className="field-grid">
        <TextField
          path={`${p}.area`}
          label={t('plan.goal.area')}
          value={g.area}
          maxLength={200}
          onChange={(v) => onChange({ ...g, area: v })}
        />
        {disciplines && (
          <SelectField
            path={`${p}.discipline`}
            label={t('plan.goal.discipline')}
            value={g.discipline}
            options={disciplines}
            emptyLabel={t('plan.discipline.none')}
            onChange={(v) => onChange({ ...g, discipline: v })}
          />
        )}
      </div>
      <TextAreaField
        path={`${p}.baseline`}
        label={t('plan.goal.baseline')}
        value={g.baseline}
        maxLength={5000}
        rows={3}
        onChange={(v) => onChange({ ...g, baseline: v })}
      />
      <div className="goal-text-row">
        <TextAreaField
          className="goal-text"
          path={`${p}.text`}
          label={t('plan.goal.text')}
          hint={t('plan.goal.textHint')}
          describedBy={`${checkId}-summary`}
          value={g.text}
          maxLength={2000}
          rows={5}
          onChange={(v) => onChange({ ...g, text: v })}
        />
        <GoalCheckPanel id={checkId} text={g.text} />
      </div>
      <TextAreaField
        path={`${p}.measurement`}
        label={t('plan.goal.measurement')}
        value={g.measurement}
        maxLength={2000}
        rows={2}
        onChange={(v) => onChange({ ...g, measurement: v })}
      />
      <GoalBankSave goal={g} number={i + 1} gradeBand={gradeBand} />
      <fieldset className="plan-subgroup objectives" id={fieldId(`${p}.objectives`)} tabIndex={-1}>
        <legend>{t('plan.goal.objectives')}</legend>
        {g.objectives.map((o, k) => (
          <div key={o.id} className="objective">
            <TextAreaField
              path={`${p}.objectives[${k}].text`}
              label={t('plan.goal.objective', { number: k + 1 })}
              value={o.text}
              maxLength={2000}
              rows={2}
              onChange={(v) =>
                onChange({ ...g, objectives: g.objectives.map((x, j) => (j === k ? { ...x, text: v } : x)) })
              }
            />
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => {
                focusNext(`add-objective-${g.id}`);
                onChange({ ...g, objectives: g.objectives.filter((_, j) => j !== k) });
              }}
            >
              {t('plan.goal.removeObjective', { number: k + 1 })}
            </button>
          </div>
        ))}
        <AddButton
          id={`add-objective-${g.id}`}
          label={t('plan.goal.addObjective')}
          onClick={() => {
            focusNext(fieldId(`${p}.objectives[${g.objectives.length}].text`));
            onChange({ ...g, objectives: [...g.objectives, { id: newItemId(), text: '' }] });
          }}
        />
      </fieldset>
    </>
  );
}

function ServicesForm({ value, onChange, ctx }: Change<Service[]> & { ctx: EditorContext }) {
  const t = useT();
  const intl = useIntl();
  const focusNext = useFocusAfterRender(value.length);
  const mayEdit = (s: Service) => !ctx.isProvider || s.discipline === ctx.discipline;
  const kinds: Option<Service['kind']>[] = SERVICE_KINDS.map((k) => ({ value: k, label: t(`plan.serviceKind.${k}`) }));
  const locations: Option<NonNullable<Service['location']>>[] = SERVICE_LOCATIONS.map((l) => ({
    value: l,
    label: t(`plan.location.${l}`),
  }));
  const per: Option<'week' | 'month'>[] = [
    { value: 'week', label: t('plan.service.per.week') },
    { value: 'month', label: t('plan.service.per.month') },
  ];
  return (
    <>
      {value.length === 0 && <p className="muted">{t('plan.service.none')}</p>}
      <ol className="plan-items">
        {value.map((s, i) => {
          const p = `services[${i}]`;
          const set = (patch: Partial<Service>) => onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          if (!mayEdit(s)) {
            return (
              <li key={s.id} className="plan-item plan-item-readonly">
                <ServiceRead service={s} number={i + 1} heading="h3" />
                <p className="muted">{t('plan.service.otherDiscipline')}</p>
              </li>
            );
          }
          return (
            <ItemFrame
              key={s.id}
              path={p}
              title={t('plan.service.heading', { number: i + 1 })}
              removeLabel={t('plan.service.remove', { number: i + 1 })}
              onRemove={() => {
                focusNext('add-service');
                onChange(value.filter((_, j) => j !== i));
              }}
            >
              <div className="field-grid">
                <SelectField
                  path={`${p}.kind`}
                  label={t('plan.service.kind')}
                  value={s.kind}
                  options={kinds}
                  onChange={(v) => v && set({ kind: v })}
                />
                <TextField
                  path={`${p}.service`}
                  label={t('plan.service.service')}
                  value={s.service}
                  maxLength={200}
                  onChange={(v) => set({ service: v })}
                />
                <TextField
                  path={`${p}.providerRole`}
                  label={t('plan.service.providerRole')}
                  value={s.providerRole}
                  maxLength={200}
                  onChange={(v) => set({ providerRole: v })}
                />
                {!ctx.isProvider && (
                  <SelectField
                    path={`${p}.discipline`}
                    label={t('plan.service.discipline')}
                    value={s.discipline}
                    options={disciplineOptions(intl)}
                    emptyLabel={t('plan.discipline.none')}
                    onChange={(v) => set({ discipline: v })}
                  />
                )}
              </div>
              <div className="field-grid field-grid-narrow">
                <NumberField
                  path={`${p}.minutesPerSession`}
                  label={t('plan.service.minutesPerSession')}
                  value={s.minutesPerSession}
                  onChange={(v) => set({ minutesPerSession: v })}
                />
                <NumberField
                  path={`${p}.sessions`}
                  label={t('plan.service.sessions')}
                  value={s.sessions}
                  max={100}
                  onChange={(v) => set({ sessions: v })}
                />
                <SelectField
                  path={`${p}.per`}
                  label={t('plan.service.per')}
                  value={s.per}
                  options={per}
                  emptyLabel={t('plan.choose')}
                  onChange={(v) => set({ per: v })}
                />
              </div>
              <div className="field-grid">
                <SelectField
                  path={`${p}.location`}
                  label={t('plan.service.location')}
                  value={s.location}
                  options={locations}
                  emptyLabel={t('plan.choose')}
                  onChange={(v) => set({ location: v })}
                />
                <TextField
                  path={`${p}.locationDetail`}
                  label={t('plan.service.locationDetail')}
                  value={s.locationDetail}
                  maxLength={500}
                  onChange={(v) => set({ locationDetail: v })}
                />
                <DateField
                  path={`${p}.startDate`}
                  label={t('plan.service.startDate')}
                  value={s.startDate}
                  onChange={(v) => set({ startDate: v })}
                />
                <DateField
                  path={`${p}.endDate`}
                  label={t('plan.service.endDate')}
                  value={s.endDate}
                  onChange={(v) => set({ endDate: v })}
                />
              </div>
            </ItemFrame>
          );
        })}
      </ol>
      <AddButton
        id="add-service"
        label={t('plan.service.add')}
        onClick={() => {
          focusNext(fieldId(`services[${value.length}].kind`));
          onChange([...value, newService(ctx.isProvider ? ctx.discipline : null)]);
        }}
      />
    </>
  );
}

function AccommodationsForm({ value, onChange }: Change<Accommodation[]>) {
  const t = useT();
  const focusNext = useFocusAfterRender(value.length);
  const kinds: Option<Accommodation['kind']>[] = (['classroom', 'testing', 'both'] as const).map((k) => ({
    value: k,
    label: t(`plan.accommodation.kind.${k}`),
  }));
  return (
    <>
      {value.length === 0 && <p className="muted">{t('plan.accommodation.none')}</p>}
      <ol className="plan-items">
        {value.map((a, i) => {
          const p = `accommodations[${i}]`;
          const set = (patch: Partial<Accommodation>) =>
            onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <ItemFrame
              key={a.id}
              path={p}
              title={t('plan.accommodation.heading', { number: i + 1 })}
              removeLabel={t('plan.accommodation.remove', { number: i + 1 })}
              onRemove={() => {
                focusNext('add-accommodation');
                onChange(value.filter((_, j) => j !== i));
              }}
            >
              <TextAreaField
                path={`${p}.description`}
                label={t('plan.accommodation.description')}
                value={a.description}
                maxLength={2000}
                rows={2}
                onChange={(v) => set({ description: v })}
              />
              <div className="field-grid">
                <SelectField
                  path={`${p}.kind`}
                  label={t('plan.accommodation.kind')}
                  value={a.kind}
                  options={kinds}
                  onChange={(v) => v && set({ kind: v })}
                />
                <TextField
                  path={`${p}.settings`}
                  label={t('plan.accommodation.settings')}
                  value={a.settings}
                  maxLength={1000}
                  onChange={(v) => set({ settings: v })}
                />
                <TextField
                  path={`${p}.responsibleStaff`}
                  label={t('plan.accommodation.responsibleStaff')}
                  value={a.responsibleStaff}
                  maxLength={500}
                  onChange={(v) => set({ responsibleStaff: v })}
                />
              </div>
            </ItemFrame>
          );
        })}
      </ol>
      <AddButton
        id="add-accommodation"
        label={t('plan.accommodation.add')}
        onClick={() => {
          focusNext(fieldId(`accommodations[${value.length}].description`));
          onChange([...value, newAccommodation()]);
        }}
      />
    </>
  );
}

function AssessmentsForm({ value, onChange }: Change<AssessmentParticipation[]>) {
  const t = useT();
  const focusNext = useFocusAfterRender(value.length);
  const participation: Option<NonNullable<AssessmentParticipation['participation']>>[] = ASSESSMENT_PARTICIPATION.map(
    (p) => ({
      value: p,
      label: t(`plan.assessment.participation.${p}`),
    }),
  );
  return (
    <>
      {value.length === 0 && <p className="muted">{t('plan.assessment.none')}</p>}
      <ol className="plan-items">
        {value.map((a, i) => {
          const p = `assessments[${i}]`;
          const set = (patch: Partial<AssessmentParticipation>) =>
            onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <ItemFrame
              key={a.id}
              path={p}
              title={t('plan.assessment.heading', { number: i + 1 })}
              removeLabel={t('plan.assessment.remove', { number: i + 1 })}
              onRemove={() => {
                focusNext('add-assessment');
                onChange(value.filter((_, j) => j !== i));
              }}
            >
              <div className="field-grid">
                <TextField
                  path={`${p}.assessment`}
                  label={t('plan.assessment.assessment')}
                  value={a.assessment}
                  maxLength={200}
                  onChange={(v) => set({ assessment: v })}
                />
                <SelectField
                  path={`${p}.participation`}
                  label={t('plan.assessment.participation')}
                  value={a.participation}
                  options={participation}
                  emptyLabel={t('plan.assessment.participation.unset')}
                  onChange={(v) => set({ participation: v })}
                />
              </div>
              {(a.participation === 'alternate' || a.alternateReason.trim() !== '') && (
                <TextAreaField
                  path={`${p}.alternateReason`}
                  label={t('plan.assessment.alternateReason')}
                  value={a.alternateReason}
                  maxLength={5000}
                  rows={3}
                  onChange={(v) => set({ alternateReason: v })}
                />
              )}
            </ItemFrame>
          );
        })}
      </ol>
      <AddButton
        id="add-assessment"
        label={t('plan.assessment.add')}
        onClick={() => {
          focusNext(fieldId(`assessments[${value.length}].assessment`));
          onChange([...value, newAssessment()]);
        }}
      />
    </>
  );
}

function PlacementForm({ value, onChange }: Change<AllSections['placement']>) {
  const t = useT();
  const intl = useIntl();
  const settings: Option<AllSections['placement']['setting']>[] = SETTINGS.map((s) => ({
    value: s,
    label: t(`plan.placement.setting.${s}`),
  }));
  const percent = placementPercent(intl, value);
  return (
    <>
      <SelectField
        path="placement.setting"
        label={t('plan.placement.setting')}
        value={value.setting}
        options={settings}
        onChange={(v) => v && onChange({ ...value, setting: v })}
      />
      <div className="field-grid field-grid-narrow">
        <NumberField
          path="placement.regularClassMinutesPerWeek"
          label={t('plan.placement.regularClassMinutesPerWeek')}
          value={value.regularClassMinutesPerWeek}
          onChange={(v) => onChange({ ...value, regularClassMinutesPerWeek: v })}
        />
        <NumberField
          path="placement.schoolMinutesPerWeek"
          label={t('plan.placement.schoolMinutesPerWeek')}
          value={value.schoolMinutesPerWeek}
          onChange={(v) => onChange({ ...value, schoolMinutesPerWeek: v })}
        />
      </div>
      {percent && <p className="read-note">{percent}</p>}
      <TextAreaField
        path="placement.nonParticipationExplanation"
        label={t('plan.placement.nonParticipationExplanation')}
        value={value.nonParticipationExplanation}
        onChange={(v) => onChange({ ...value, nonParticipationExplanation: v })}
      />
      <TextAreaField
        path="placement.extracurricular"
        label={t('plan.placement.extracurricular')}
        value={value.extracurricular}
        rows={3}
        onChange={(v) => onChange({ ...value, extracurricular: v })}
      />
    </>
  );
}

function EsyForm({ value, onChange }: Change<AllSections['esy']>) {
  const t = useT();
  const options: Option<'unset' | 'needed' | 'not_needed' | 'deferred'>[] = (
    ['unset', 'needed', 'not_needed', 'deferred'] as const
  ).map((d) => ({
    value: d,
    label: t(`plan.esy.determination.${d}`),
  }));
  return (
    <>
      <RadioField
        path="esy.determination"
        label={t('plan.esy.determination')}
        value={value.determination ?? 'unset'}
        options={options}
        onChange={(v) => onChange({ ...value, determination: v === 'unset' ? null : v })}
      />
      {(value.determination === 'needed' || value.services.trim() !== '') && (
        <TextAreaField
          path="esy.services"
          label={t('plan.esy.services')}
          value={value.services}
          rows={3}
          onChange={(v) => onChange({ ...value, services: v })}
        />
      )}
    </>
  );
}

function TransitionForm({ value, onChange }: Change<AllSections['transition']>) {
  const t = useT();
  const text = (f: Exclude<keyof AllSections['transition'], 'independentLivingNotAppropriate'>, rows = 3) => (
    <TextAreaField
      key={f}
      path={`transition.${f}`}
      label={t(`plan.transition.${f}`)}
      value={value[f]}
      rows={rows}
      onChange={(v) => onChange({ ...value, [f]: v })}
    />
  );
  return (
    <>
      {text('assessments')}
      {text('educationTrainingGoal')}
      {text('employmentGoal')}
      {text('independentLivingGoal')}
      <CheckboxField
        path="transition.independentLivingNotAppropriate"
        label={t('plan.transition.independentLivingNotAppropriate')}
        checked={value.independentLivingNotAppropriate}
        onChange={(v) => onChange({ ...value, independentLivingNotAppropriate: v })}
      />
      {text('services')}
      {text('courseOfStudy')}
      {text('agenciesInvited', 2)}
    </>
  );
}

function AgeOfMajorityForm({ value, onChange }: Change<AllSections['ageOfMajority']>) {
  const t = useT();
  return (
    <>
      <CheckboxField
        path="ageOfMajority.informed"
        label={t('plan.ageOfMajority.informed')}
        checked={value.informed}
        onChange={(v) => onChange({ ...value, informed: v })}
      />
      <DateField
        path="ageOfMajority.informedOn"
        label={t('plan.ageOfMajority.informedOn')}
        value={value.informedOn}
        onChange={(v) => onChange({ ...value, informedOn: v })}
      />
    </>
  );
}

function ProgressReportingForm({ value, onChange }: Change<AllSections['progressReporting']>) {
  const t = useT();
  return (
    <>
      <TextField
        path="progressReporting.frequency"
        label={t('plan.progressReporting.frequency')}
        value={value.frequency}
        maxLength={500}
        onChange={(v) => onChange({ ...value, frequency: v })}
      />
      <TextAreaField
        path="progressReporting.method"
        label={t('plan.progressReporting.method')}
        value={value.method}
        maxLength={1000}
        rows={2}
        onChange={(v) => onChange({ ...value, method: v })}
      />
    </>
  );
}

function ImpairmentForm({ value, onChange }: Change<string>) {
  const t = useT();
  return (
    <TextAreaField path="impairment" label={t('plan.impairment')} value={value} maxLength={5000} onChange={onChange} />
  );
}

function MajorLifeActivitiesForm({ value, onChange }: Change<string[]>) {
  const t = useT();
  const focusNext = useFocusAfterRender(value.length);
  return (
    <>
      {value.length === 0 && <p className="muted">{t('plan.majorLifeActivity.none')}</p>}
      <ul className="plain-list">
        {value.map((a, i) => (
          // Plain strings have no ids; the position is the identity here.
          <li key={i} className="inline-item">
            <TextField
              path={`majorLifeActivities[${i}]`}
              label={t('plan.majorLifeActivity', { number: i + 1 })}
              value={a}
              maxLength={200}
              onChange={(v) => onChange(value.map((x, j) => (j === i ? v : x)))}
            />
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => {
                focusNext('add-major-life-activity');
                onChange(value.filter((_, j) => j !== i));
              }}
            >
              {t('plan.majorLifeActivity.remove', { number: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <AddButton
        id="add-major-life-activity"
        label={t('plan.majorLifeActivity.add')}
        onClick={() => {
          focusNext(fieldId(`majorLifeActivities[${value.length}]`));
          onChange([...value, '']);
        }}
      />
    </>
  );
}

function ReviewDateForm({ value, onChange }: Change<string | null>) {
  const t = useT();
  return <DateField path="reviewDate" label={t('plan.reviewDate')} value={value} onChange={onChange} />;
}
