import { useT } from '../../i18n';
import type { AllSections } from '../../types';
import { TextAreaField } from '../fields';
import type { Change } from './shared';

export function PresentLevelsForm({ value, onChange }: Change<AllSections['presentLevels']>) {
  const t = useT();
  return (
    <>
      {(
        ['academic', 'functional', 'impactOnGeneralCurriculum', 'strengths', 'parentConcerns', 'studentInput'] as const
      ).map((f) => (
        <TextAreaField
          key={f}
          path={`presentLevels.${f}`}
          label={t(`plan.field.presentLevels.${f}`)}
          value={value[f]}
          rows={f === 'academic' || f === 'functional' ? 6 : 4}
          onChange={(v) => onChange({ ...value, [f]: v })}
        />
      ))}
    </>
  );
}
