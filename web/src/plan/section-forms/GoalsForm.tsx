/** The goals: each with its measurability check, its objectives, and the goal bank to take from and add to. */
import { useIntl } from 'react-intl';
import type { Goal } from '../../../../src/domain/plan';
import { useT } from '../../i18n';
import type { BankGoal, GradeBand } from '../../types';
import { SelectField, TextAreaField, TextField, type Option } from '../fields';
import { areaLabel, gradeBandOf } from '../GoalBank';
import { GoalBankPicker } from '../GoalBankPicker';
import { GoalBankSave } from '../GoalBankSave';
import { GoalCheckPanel } from '../GoalCheck';
import { GoalRead } from '../ReadView';
import { fieldId, newGoal, newItemId } from '../sections';
import {
  AddButton,
  disciplineOptions,
  ItemFrame,
  useFocusAfterRender,
  type Change,
  type EditorContext,
} from './shared';

export function GoalsForm({ value, onChange, ctx }: Change<Goal[]> & { ctx: EditorContext }) {
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
      <ObjectivesFields goal={g} path={p} onChange={onChange} />
    </>
  );
}

/** A goal's short-term objectives (or benchmarks), added and removed in place. */
function ObjectivesFields({ goal: g, path: p, onChange }: { goal: Goal; path: string; onChange: (g: Goal) => void }) {
  const t = useT();
  const focusNext = useFocusAfterRender(g.objectives.length);
  return (
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
  );
}
