import { useT } from '../../i18n';
import type { AllSections } from '../../types';
import { CheckboxField, TextAreaField } from '../fields';
import type { Change } from './shared';

export function TransitionForm({ value, onChange }: Change<AllSections['transition']>) {
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
