/** The services: a provider edits only those of their discipline and reads the others. */
import { useIntl } from 'react-intl';
import { SERVICE_KINDS, SERVICE_LOCATIONS, type Service } from '../../../../src/domain/plan';
import { useT } from '../../i18n';
import { DateField, NumberField, SelectField, TextField, type Option } from '../fields';
import { ServiceRead } from '../ReadView';
import { fieldId, newService } from '../sections';
import {
  AddButton,
  disciplineOptions,
  ItemFrame,
  useFocusAfterRender,
  type Change,
  type EditorContext,
} from './shared';

export function ServicesForm({ value, onChange, ctx }: Change<Service[]> & { ctx: EditorContext }) {
  const t = useT();
  const focusNext = useFocusAfterRender(value.length);
  const mayEdit = (s: Service) => !ctx.isProvider || s.discipline === ctx.discipline;
  return (
    <>
      {value.length === 0 && <p className="muted">{t('plan.service.none')}</p>}
      <ol className="plan-items">
        {value.map((s, i) => {
          const p = `services[${i}]`;
          const set = (patch: Partial<Service>) => onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          if (!mayEdit(s)) {
            return (
              <li key={s.id} className="plan-item plan-item-readonly">
                <ServiceRead service={s} number={i + 1} heading="h3" />
                <p className="muted">{t('plan.service.otherDiscipline')}</p>
              </li>
            );
          }
          return (
            <ItemFrame
              key={s.id}
              path={p}
              title={t('plan.service.heading', { number: i + 1 })}
              removeLabel={t('plan.service.remove', { number: i + 1 })}
              onRemove={() => {
                focusNext('add-service');
                onChange(value.filter((_, j) => j !== i));
              }}
            >
              <ServiceFields service={s} path={p} set={set} discipline={!ctx.isProvider} />
            </ItemFrame>
          );
        })}
      </ol>
      <AddButton
        id="add-service"
        label={t('plan.service.add')}
        onClick={() => {
          focusNext(fieldId(`services[${value.length}].kind`));
          onChange([...value, newService(ctx.isProvider ? ctx.discipline : null)]);
        }}
      />
    </>
  );
}

/** One service's fields; `discipline` when the person may choose it (not a provider, who adds in their own). */
function ServiceFields(props: {
  service: Service;
  path: string;
  set: (patch: Partial<Service>) => void;
  discipline: boolean;
}) {
  return (
    <>
      <ServiceWhatFields {...props} />
      <ServiceAmountFields {...props} />
      <ServiceWhereFields {...props} />
    </>
  );
}

/** What the service is and who gives it. */
function ServiceWhatFields({
  service: s,
  path: p,
  set,
  discipline,
}: {
  service: Service;
  path: string;
  set: (patch: Partial<Service>) => void;
  discipline: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const kinds: Option<Service['kind']>[] = SERVICE_KINDS.map((k) => ({ value: k, label: t(`plan.serviceKind.${k}`) }));
  return (
    <div className="field-grid">
      <SelectField
        path={`${p}.kind`}
        label={t('plan.service.kind')}
        value={s.kind}
        options={kinds}
        onChange={(v) => v && set({ kind: v })}
      />
      <TextField
        path={`${p}.service`}
        label={t('plan.service.service')}
        value={s.service}
        maxLength={200}
        onChange={(v) => set({ service: v })}
      />
      <TextField
        path={`${p}.providerRole`}
        label={t('plan.service.providerRole')}
        value={s.providerRole}
        maxLength={200}
        onChange={(v) => set({ providerRole: v })}
      />
      {discipline && (
        <SelectField
          path={`${p}.discipline`}
          label={t('plan.service.discipline')}
          value={s.discipline}
          options={disciplineOptions(intl)}
          emptyLabel={t('plan.discipline.none')}
          onChange={(v) => set({ discipline: v })}
        />
      )}
    </div>
  );
}

/** How much: minutes a session, sessions a week or month. */
function ServiceAmountFields({
  service: s,
  path: p,
  set,
}: {
  service: Service;
  path: string;
  set: (patch: Partial<Service>) => void;
}) {
  const t = useT();
  const per: Option<'week' | 'month'>[] = [
    { value: 'week', label: t('plan.service.per.week') },
    { value: 'month', label: t('plan.service.per.month') },
  ];
  return (
    <div className="field-grid field-grid-narrow">
      <NumberField
        path={`${p}.minutesPerSession`}
        label={t('plan.service.minutesPerSession')}
        value={s.minutesPerSession}
        onChange={(v) => set({ minutesPerSession: v })}
      />
      <NumberField
        path={`${p}.sessions`}
        label={t('plan.service.sessions')}
        value={s.sessions}
        max={100}
        onChange={(v) => set({ sessions: v })}
      />
      <SelectField
        path={`${p}.per`}
        label={t('plan.service.per')}
        value={s.per}
        options={per}
        emptyLabel={t('plan.choose')}
        onChange={(v) => set({ per: v })}
      />
    </div>
  );
}

/** Where and from when to when. */
function ServiceWhereFields({
  service: s,
  path: p,
  set,
}: {
  service: Service;
  path: string;
  set: (patch: Partial<Service>) => void;
}) {
  const t = useT();
  const locations: Option<NonNullable<Service['location']>>[] = SERVICE_LOCATIONS.map((l) => ({
    value: l,
    label: t(`plan.location.${l}`),
  }));
  return (
    <div className="field-grid">
      <SelectField
        path={`${p}.location`}
        label={t('plan.service.location')}
        value={s.location}
        options={locations}
        emptyLabel={t('plan.choose')}
        onChange={(v) => set({ location: v })}
      />
      <TextField
        path={`${p}.locationDetail`}
        label={t('plan.service.locationDetail')}
        value={s.locationDetail}
        maxLength={500}
        onChange={(v) => set({ locationDetail: v })}
      />
      <DateField
        path={`${p}.startDate`}
        label={t('plan.service.startDate')}
        value={s.startDate}
        onChange={(v) => set({ startDate: v })}
      />
      <DateField
        path={`${p}.endDate`}
        label={t('plan.service.endDate')}
        value={s.endDate}
        onChange={(v) => set({ endDate: v })}
      />
    </div>
  );
}
