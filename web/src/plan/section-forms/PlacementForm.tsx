import { useIntl } from 'react-intl';
import { SETTINGS } from '../../../../src/domain/placement';
import { useT } from '../../i18n';
import type { AllSections } from '../../types';
import { NumberField, SelectField, TextAreaField, type Option } from '../fields';
import { placementPercent } from '../ReadView';
import type { Change } from './shared';

export function PlacementForm({ value, onChange }: Change<AllSections['placement']>) {
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
