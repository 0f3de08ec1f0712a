import { ASSESSMENT_PARTICIPATION, type AssessmentParticipation } from '../../../../src/domain/plan';
import { useT } from '../../i18n';
import { SelectField, TextAreaField, TextField, type Option } from '../fields';
import { fieldId, newAssessment } from '../sections';
import { AddButton, ItemFrame, useFocusAfterRender, type Change } from './shared';

export function AssessmentsForm({ value, onChange }: Change<AssessmentParticipation[]>) {
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
