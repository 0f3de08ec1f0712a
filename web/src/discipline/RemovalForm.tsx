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
  FormButtons,
  FormSummary,
  SelectField,
  TextField,
  useFormState,
  YesNo,
  type Errors,
} from './fields';

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
  const [type, setType] = useState<RemovalType | ''>('');
  const [decidedOn, setDecidedOn] = useState('');
  const [firstDay, setFirstDay] = useState('');
  const [mode, setMode] = useState<'days' | 'date'>('days');
  const [schoolDays, setSchoolDays] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [iss, setIss] = useState({ generalCurriculum: false, iepServices: false, nondisabledPeers: false });
  const [inIep, setInIep] = useState<'' | 'yes' | 'no'>('');
  const [otherTransport, setOtherTransport] = useState<'' | 'yes' | 'no'>('');
  const [special, setSpecial] = useState<(typeof SPECIAL_CIRCUMSTANCES)[number] | ''>('');
  const [behavior, setBehavior] = useState('');
  const [note, setNote] = useState('');
  const [withNotice, setWithNotice] = useState(false);
  const [notifiedOn, setNotifiedOn] = useState('');
  const [method, setMethod] = useState<(typeof NOTICE_METHODS)[number] | ''>('');
  const [safeguards, setSafeguards] = useState(true);
  const f = (name: string) => `${id}-${name}`;
  const e = form.errors;

  const submit = () => {
    const local: Errors = {};
    const required = t('discipline.form.error.required');
    if (!type) local.type = required;
    if (!firstDay) local.firstDay = required;
    if (mode === 'days' && !/^[1-9]\d*$/.test(schoolDays.trim())) local.lastDay = t('discipline.form.error.schoolDays');
    if (mode === 'date' && !lastDay) local.lastDay = required;
    if (type === 'bus_suspension' && (!inIep || !otherTransport)) local.bus = required;
    if (type === 'interim_alternative_setting' && !special) local.specialCircumstance = required;
    if (!behavior.trim()) local.behavior = required;
    if (withNotice && !notifiedOn) local.notifiedOn = required;
    if (withNotice && !method) local.method = required;
    const body: NewRemovalBody = {
      type: type as RemovalType,
      firstDay,
      ...(decidedOn ? { decidedOn } : {}),
      ...(mode === 'days' ? { schoolDays: Number(schoolDays) } : { lastDay }),
      ...(type === 'in_school_suspension' ? { inSchool: iss } : {}),
      ...(type === 'bus_suspension'
        ? { bus: { transportationInIep: inIep === 'yes', otherTransportationProvided: otherTransport === 'yes' } }
        : {}),
      ...(type === 'interim_alternative_setting' && special ? { specialCircumstance: special } : {}),
      behavior: behavior.trim(),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(withNotice && method ? { parentNotice: { notifiedOn, method, safeguardsNoticeProvided: safeguards } } : {}),
    };
    void form.submit(local, () => recordRemoval(studentId, body), onDone);
  };

  return (
    <form
      noValidate
      className="discipline-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        submit();
      }}
    >
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      <SelectField
        id={f('type')}
        label={t('discipline.form.removal.type')}
        value={type}
        options={REMOVAL_TYPES}
        labelOf={(v) => t(`discipline.type.${v}`)}
        onChange={setType}
        error={e.type}
        hint={t('discipline.form.removal.typeHint')}
      />
      <div className="field-grid">
        <DateField
          id={f('firstDay')}
          label={t('discipline.form.removal.firstDay')}
          value={firstDay}
          onChange={setFirstDay}
          error={e.firstDay}
          required
        />
        <DateField
          id={f('decidedOn')}
          label={t('discipline.form.removal.decidedOn')}
          value={decidedOn}
          onChange={setDecidedOn}
          error={e.decidedOn}
          max={today}
          hint={t('discipline.form.removal.decidedOnHint')}
        />
      </div>
      <Choice
        id={f('mode')}
        legend={t('discipline.form.removal.length')}
        value={mode}
        options={['days', 'date'] as const}
        labelOf={(v) => t(v === 'days' ? 'discipline.form.removal.byDays' : 'discipline.form.removal.byDate')}
        onChange={setMode}
        hint={t('discipline.form.removal.lengthHint')}
      />
      {mode === 'days' ? (
        <TextField
          id={f('lastDay')}
          type="number"
          label={t('discipline.form.removal.schoolDays')}
          value={schoolDays}
          onChange={setSchoolDays}
          error={e.lastDay ?? e.schoolDays}
        />
      ) : (
        <DateField
          id={f('lastDay')}
          label={t('discipline.form.removal.lastDay')}
          value={lastDay}
          onChange={setLastDay}
          error={e.lastDay}
        />
      )}
      {type === 'in_school_suspension' && (
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
            onChange={(v) => setIss({ ...iss, generalCurriculum: v })}
          />
          <Check
            id={f('iss-services')}
            label={t('discipline.form.iss.iepServices')}
            checked={iss.iepServices}
            onChange={(v) => setIss({ ...iss, iepServices: v })}
          />
          <Check
            id={f('iss-peers')}
            label={t('discipline.form.iss.nondisabledPeers')}
            checked={iss.nondisabledPeers}
            onChange={(v) => setIss({ ...iss, nondisabledPeers: v })}
          />
        </fieldset>
      )}
      {type === 'bus_suspension' && (
        <>
          <YesNo
            id={f('bus')}
            legend={t('discipline.form.bus.inIep')}
            value={inIep}
            onChange={setInIep}
            error={e.bus}
            hint={t('discipline.form.bus.hint')}
          />
          <YesNo
            id={f('bus-other')}
            legend={t('discipline.form.bus.other')}
            value={otherTransport}
            onChange={setOtherTransport}
          />
        </>
      )}
      {type === 'interim_alternative_setting' && (
        <Choice
          id={f('specialCircumstance')}
          legend={t('discipline.form.special')}
          value={special}
          options={SPECIAL_CIRCUMSTANCES}
          labelOf={(v) => t(`discipline.special.${v}`)}
          onChange={setSpecial}
          error={e.specialCircumstance}
          hint={t('discipline.form.specialHint')}
        />
      )}
      <TextField
        id={f('behavior')}
        multiline
        label={t('discipline.form.removal.behavior')}
        value={behavior}
        onChange={setBehavior}
        error={e.behavior}
        hint={t('discipline.form.removal.behaviorHint')}
        required
      />
      <TextField
        id={f('note')}
        multiline
        label={t('discipline.form.note')}
        value={note}
        onChange={setNote}
        error={e.note}
      />
      <Check
        id={f('withNotice')}
        label={t('discipline.form.removal.withNotice')}
        checked={withNotice}
        onChange={setWithNotice}
      />
      {e.parentNotice && <p className="field-error">{e.parentNotice}</p>}
      {withNotice && (
        <NoticeFields
          idOf={f}
          notifiedOn={notifiedOn}
          setNotifiedOn={setNotifiedOn}
          method={method}
          setMethod={setMethod}
          safeguards={safeguards}
          setSafeguards={setSafeguards}
          errors={e}
          today={today}
        />
      )}
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
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
