import { SPECIAL_FACTORS } from '../../../../src/domain/plan';
import { useT } from '../../i18n';
import type { AllSections } from '../../types';
import { RadioField, TextAreaField, type Option } from '../fields';
import type { Change } from './shared';

export function SpecialFactorsForm({ value, onChange }: Change<AllSections['specialFactors']>) {
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
