/**
 * Record a removal: its type, the day decided, first day and length (school days, or the last day), the facts that
 * decide whether an in-school or bus suspension counts (71 Fed. Reg. 46715), the 300.530(g) circumstance, the conduct,
 * and — for a removal that changes the placement — the parents' notice given with the decision (300.530(h)).
 */
import { useId, useState } from 'react';
import { NOTICE_METHODS, REMOVAL_TYPES, SPECIAL_CIRCUMSTANCES, type RemovalType } from '../../../src/domain/discipline';
import { recordRemoval } from './api';
import type { NewRemovalBody, Recorded } from './types';
import { useT } from '../i18n';
import {
  Check,
  Choice,
  DateField,
  DisciplineForm,
  type Errors,
  NoteField,
  SelectField,
  TextField,
  useFormState,
  YesNo,
} from './fields';

type YesNoValue = '' | 'yes' | 'no';

/** What the removal form holds, as typed. */
interface RemovalValues {
  type: RemovalType | '';
  decidedOn: string;
  firstDay: string;
  mode: 'days' | 'date';
  schoolDays: string;
  lastDay: string;
  iss: { generalCurriculum: boolean; iepServices: boolean; nondisabledPeers: boolean };
  inIep: YesNoValue;
  otherTransport: YesNoValue;
  special: (typeof SPECIAL_CIRCUMSTANCES)[number] | '';
  behavior: string;
  note: string;
  withNotice: boolean;
  notifiedOn: string;
  method: (typeof NOTICE_METHODS)[number] | '';
  safeguards: boolean;
}

const EMPTY: RemovalValues = {
  type: '',
  decidedOn: '',
  firstDay: '',
  mode: 'days',
  schoolDays: '',
  lastDay: '',
  iss: { generalCurriculum: false, iepServices: false, nondisabledPeers: false },
  inIep: '',
  otherTransport: '',
  special: '',
  behavior: '',
  note: '',
  withNotice: false,
  notifiedOn: '',
  method: '',
  safeguards: true,
};

/** What is missing before sending (the API checks again and names the field). */
function removalProblems(v: RemovalValues, t: ReturnType<typeof useT>): Errors {
  const local: Errors = {};
  const required = t('discipline.form.error.required');
  if (!v.type) local.type = required;
  if (!v.firstDay) local.firstDay = required;
  if (v.mode === 'days' && !/^[1-9]\d*$/.test(v.schoolDays.trim()))
    local.lastDay = t('discipline.form.error.schoolDays');
  if (v.mode === 'date' && !v.lastDay) local.lastDay = required;
  if (v.type === 'bus_suspension' && (!v.inIep || !v.otherTransport)) local.bus = required;
  if (v.type === 'interim_alternative_setting' && !v.special) local.specialCircumstance = required;
  if (!v.behavior.trim()) local.behavior = required;
  if (v.withNotice && !v.notifiedOn) local.notifiedOn = required;
  if (v.withNotice && !v.method) local.method = required;
  return local;
}

/** The API's body from what was typed: only the details the removal's type carries. */
function removalBody(v: RemovalValues): NewRemovalBody {
  return {
    type: v.type as RemovalType,
    firstDay: v.firstDay,
    ...(v.decidedOn ? { decidedOn: v.decidedOn } : {}),
    ...(v.mode === 'days' ? { schoolDays: Number(v.schoolDays) } : { lastDay: v.lastDay }),
    ...(v.type === 'in_school_suspension' ? { inSchool: v.iss } : {}),
    ...(v.type === 'bus_suspension'
      ? { bus: { transportationInIep: v.inIep === 'yes', otherTransportationProvided: v.otherTransport === 'yes' } }
      : {}),
    ...(v.type === 'interim_alternative_setting' && v.special ? { specialCircumstance: v.special } : {}),
    behavior: v.behavior.trim(),
    ...(v.note.trim() ? { note: v.note.trim() } : {}),
    ...(v.withNotice && v.method
      ? { parentNotice: { notifiedOn: v.notifiedOn, method: v.method, safeguardsNoticeProvided: v.safeguards } }
      : {}),
  };
}

/** The form's values, one setter, the field ids and the messages on them. */
interface Kit {
  v: RemovalValues;
  set: <K extends keyof RemovalValues>(name: K, value: RemovalValues[K]) => void;
  f: (name: string) => string;
  e: Errors;
}

export function RemovalForm({
  studentId,
  today,
  onDone,
  onCancel,
}: {
  studentId: string;
  today: string;
  onDone: (r: Recorded) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const form = useFormState();
  const [v, setValues] = useState<RemovalValues>(EMPTY);
  const k: Kit = {
    v,
    set: (name, value) => setValues((old) => ({ ...old, [name]: value })),
    f: (name) => `${id}-${name}`,
    e: form.errors,
  };
  const { set, f, e } = k;
  const submit = () => void form.submit(removalProblems(v, t), () => recordRemoval(studentId, removalBody(v)), onDone);

  return (
    <DisciplineForm form={form} onSubmit={submit} onCancel={onCancel}>
      <SelectField
        id={f('type')}
        label={t('discipline.form.removal.type')}
        value={v.type}
        options={REMOVAL_TYPES}
        labelOf={(x) => t(`discipline.type.${x}`)}
        onChange={(x) => set('type', x)}
        error={e.type}
        hint={t('discipline.form.removal.typeHint')}
      />
      <RemovalDates k={k} today={today} />
      <TypeDetails k={k} />
      <TextField
        id={f('behavior')}
        multiline
        label={t('discipline.form.removal.behavior')}
        value={v.behavior}
        onChange={(x) => set('behavior', x)}
        error={e.behavior}
        hint={t('discipline.form.removal.behaviorHint')}
        required
      />
      <NoteField id={f('note')} value={v.note} onChange={(x) => set('note', x)} error={e.note} />
      <Check
        id={f('withNotice')}
        label={t('discipline.form.removal.withNotice')}
        checked={v.withNotice}
        onChange={(x) => set('withNotice', x)}
      />
      {e.parentNotice && <p className="field-error">{e.parentNotice}</p>}
      {v.withNotice && (
        <NoticeFields
          idOf={f}
          notifiedOn={v.notifiedOn}
          setNotifiedOn={(x) => set('notifiedOn', x)}
          method={v.method}
          setMethod={(x) => set('method', x)}
          safeguards={v.safeguards}
          setSafeguards={(x) => set('safeguards', x)}
          errors={e}
          today={today}
        />
      )}
    </DisciplineForm>
  );
}

/** The first day, the day decided, and the length: school days or the last day. */
function RemovalDates({ k, today }: { k: Kit; today: string }) {
  const t = useT();
  const { v, set, f, e } = k;
  return (
    <>
      <div className="field-grid">
        <DateField
          id={f('firstDay')}
          label={t('discipline.form.removal.firstDay')}
          value={v.firstDay}
          onChange={(x) => set('firstDay', x)}
          error={e.firstDay}
          required
        />
        <DateField
          id={f('decidedOn')}
          label={t('discipline.form.removal.decidedOn')}
          value={v.decidedOn}
          onChange={(x) => set('decidedOn', x)}
          error={e.decidedOn}
          max={today}
          hint={t('discipline.form.removal.decidedOnHint')}
        />
      </div>
      <Choice
        id={f('mode')}
        legend={t('discipline.form.removal.length')}
        value={v.mode}
        options={['days', 'date'] as const}
        labelOf={(x) => t(x === 'days' ? 'discipline.form.removal.byDays' : 'discipline.form.removal.byDate')}
        onChange={(x) => set('mode', x)}
        hint={t('discipline.form.removal.lengthHint')}
      />
      {v.mode === 'days' ? (
        <TextField
          id={f('lastDay')}
          type="number"
          label={t('discipline.form.removal.schoolDays')}
          value={v.schoolDays}
          onChange={(x) => set('schoolDays', x)}
          error={e.lastDay ?? e.schoolDays}
        />
      ) : (
        <DateField
          id={f('lastDay')}
          label={t('discipline.form.removal.lastDay')}
          value={v.lastDay}
          onChange={(x) => set('lastDay', x)}
          error={e.lastDay}
        />
      )}
    </>
  );
}

/** What decides whether the removal counts: an in-school or bus suspension's facts, an interim setting's circumstance. */
function TypeDetails({ k }: { k: Kit }) {
  const t = useT();
  const { v, set, f, e } = k;
  const iss = v.iss;
  return (
    <>
      {v.type === 'in_school_suspension' && (
        <fieldset
          className="field"
          aria-describedby={`${f('inSchool')}-hint${e.inSchool ? ` ${f('inSchool')}-error` : ''}`}
        >
          <legend>{t('discipline.form.iss.legend')}</legend>
          <span id={`${f('inSchool')}-hint`} className="hint">
            {t('discipline.form.iss.hint')}
          </span>
          {e.inSchool && (
            <span id={`${f('inSchool')}-error`} className="field-error">
              {e.inSchool}
            </span>
          )}
          <Check
            id={f('iss-curriculum')}
            label={t('discipline.form.iss.generalCurriculum')}
            checked={iss.generalCurriculum}
            onChange={(x) => set('iss', { ...iss, generalCurriculum: x })}
          />
          <Check
            id={f('iss-services')}
            label={t('discipline.form.iss.iepServices')}
            checked={iss.iepServices}
            onChange={(x) => set('iss', { ...iss, iepServices: x })}
          />
          <Check
            id={f('iss-peers')}
            label={t('discipline.form.iss.nondisabledPeers')}
            checked={iss.nondisabledPeers}
            onChange={(x) => set('iss', { ...iss, nondisabledPeers: x })}
          />
        </fieldset>
      )}
      {v.type === 'bus_suspension' && (
        <>
          <YesNo
            id={f('bus')}
            legend={t('discipline.form.bus.inIep')}
            value={v.inIep}
            onChange={(x) => set('inIep', x)}
            error={e.bus}
            hint={t('discipline.form.bus.hint')}
          />
          <YesNo
            id={f('bus-other')}
            legend={t('discipline.form.bus.other')}
            value={v.otherTransport}
            onChange={(x) => set('otherTransport', x)}
          />
        </>
      )}
      {v.type === 'interim_alternative_setting' && (
        <Choice
          id={f('specialCircumstance')}
          legend={t('discipline.form.special')}
          value={v.special}
          options={SPECIAL_CIRCUMSTANCES}
          labelOf={(x) => t(`discipline.special.${x}`)}
          onChange={(x) => set('special', x)}
          error={e.specialCircumstance}
          hint={t('discipline.form.specialHint')}
        />
      )}
    </>
  );
}

/** The 300.530(h) notice's fields, shared by the removal, pattern and notice forms. */
export function NoticeFields(p: {
  idOf: (n: string) => string;
  notifiedOn: string;
  setNotifiedOn: (v: string) => void;
  method: (typeof NOTICE_METHODS)[number] | '';
  setMethod: (v: (typeof NOTICE_METHODS)[number] | '') => void;
  safeguards: boolean;
  setSafeguards: (v: boolean) => void;
  errors: Errors;
  today: string;
}) {
  const t = useT();
  return (
    <fieldset className="field discipline-subfields">
      <legend>{t('discipline.form.notice.legend')}</legend>
      <div className="field-grid">
        <DateField
          id={p.idOf('notifiedOn')}
          label={t('discipline.form.notice.notifiedOn')}
          value={p.notifiedOn}
          onChange={p.setNotifiedOn}
          error={p.errors.notifiedOn}
          max={p.today}
          hint={t('discipline.form.notice.notifiedOnHint')}
        />
        <SelectField
          id={p.idOf('method')}
          label={t('discipline.form.notice.method')}
          value={p.method}
          options={NOTICE_METHODS}
          labelOf={(v) => t(`discipline.method.${v}`)}
          onChange={p.setMethod}
          error={p.errors.method}
        />
      </div>
      <Check
        id={p.idOf('safeguards')}
        label={t('discipline.form.notice.safeguards')}
        checked={p.safeguards}
        onChange={p.setSafeguards}
      />
    </fieldset>
  );
}
