import { useT } from '../../i18n';
import type { AllSections } from '../../types';
import { TextAreaField, TextField } from '../fields';
import type { Change } from './shared';

export function ProgressReportingForm({ value, onChange }: Change<AllSections['progressReporting']>) {
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
