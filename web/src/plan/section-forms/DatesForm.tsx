import { useT } from '../../i18n';
import type { AllSections } from '../../types';
import { DateField } from '../fields';
import type { Change } from './shared';

export function DatesForm({ value, onChange }: Change<AllSections['dates']>) {
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
