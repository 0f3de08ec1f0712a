import type { Accommodation } from '../../../../src/domain/plan';
import { useT } from '../../i18n';
import { SelectField, TextAreaField, TextField, type Option } from '../fields';
import { fieldId, newAccommodation } from '../sections';
import { AddButton, ItemFrame, useFocusAfterRender, type Change } from './shared';

export function AccommodationsForm({ value, onChange }: Change<Accommodation[]>) {
  const t = useT();
  const focusNext = useFocusAfterRender(value.length);
  const kinds: Option<Accommodation['kind']>[] = (['classroom', 'testing', 'both'] as const).map((k) => ({
    value: k,
    label: t(`plan.accommodation.kind.${k}`),
  }));
  return (
    <>
      {value.length === 0 && <p className="muted">{t('plan.accommodation.none')}</p>}
      <ol className="plan-items">
        {value.map((a, i) => {
          const p = `accommodations[${i}]`;
          const set = (patch: Partial<Accommodation>) =>
            onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <ItemFrame
              key={a.id}
              path={p}
              title={t('plan.accommodation.heading', { number: i + 1 })}
              removeLabel={t('plan.accommodation.remove', { number: i + 1 })}
              onRemove={() => {
                focusNext('add-accommodation');
                onChange(value.filter((_, j) => j !== i));
              }}
            >
              <TextAreaField
                path={`${p}.description`}
                label={t('plan.accommodation.description')}
                value={a.description}
                maxLength={2000}
                rows={2}
                onChange={(v) => set({ description: v })}
              />
              <div className="field-grid">
                <SelectField
                  path={`${p}.kind`}
                  label={t('plan.accommodation.kind')}
                  value={a.kind}
                  options={kinds}
                  onChange={(v) => v && set({ kind: v })}
                />
                <TextField
                  path={`${p}.settings`}
                  label={t('plan.accommodation.settings')}
                  value={a.settings}
                  maxLength={1000}
                  onChange={(v) => set({ settings: v })}
                />
                <TextField
                  path={`${p}.responsibleStaff`}
                  label={t('plan.accommodation.responsibleStaff')}
                  value={a.responsibleStaff}
                  maxLength={500}
                  onChange={(v) => set({ responsibleStaff: v })}
                />
              </div>
            </ItemFrame>
          );
        })}
      </ol>
      <AddButton
        id="add-accommodation"
        label={t('plan.accommodation.add')}
        onClick={() => {
          focusNext(fieldId(`accommodations[${value.length}].description`));
          onChange([...value, newAccommodation()]);
        }}
      />
    </>
  );
}
