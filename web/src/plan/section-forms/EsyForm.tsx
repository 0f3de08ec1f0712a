import { useT } from '../../i18n';
import type { AllSections } from '../../types';
import { RadioField, TextAreaField, type Option } from '../fields';
import type { Change } from './shared';

export function EsyForm({ value, onChange }: Change<AllSections['esy']>) {
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
