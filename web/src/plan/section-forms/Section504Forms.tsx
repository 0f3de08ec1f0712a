/** The sections only a 504 plan has: the impairment, the major life activities it limits, the review date. */
import { useT } from '../../i18n';
import { DateField, TextAreaField, TextField } from '../fields';
import { fieldId } from '../sections';
import { AddButton, useFocusAfterRender, type Change } from './shared';

export function ImpairmentForm({ value, onChange }: Change<string>) {
  const t = useT();
  return (
    <TextAreaField path="impairment" label={t('plan.impairment')} value={value} maxLength={5000} onChange={onChange} />
  );
}

export function MajorLifeActivitiesForm({ value, onChange }: Change<string[]>) {
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

export function ReviewDateForm({ value, onChange }: Change<string | null>) {
  const t = useT();
  return <DateField path="reviewDate" label={t('plan.reviewDate')} value={value} onChange={onChange} />;
}
