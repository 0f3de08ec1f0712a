import { useT } from '../../i18n';
import type { AllSections } from '../../types';
import { CheckboxField, DateField } from '../fields';
import type { Change } from './shared';

export function AgeOfMajorityForm({ value, onChange }: Change<AllSections['ageOfMajority']>) {
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
