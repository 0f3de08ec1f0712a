/**
 * Whether a series of removals is a pattern, so a change of placement (34 CFR 300.536(a)(2), (b)(1)): the removals of
 * the series, the three factors the regulation names, who decided, and the parents' notice given with it (300.530(h)).
 */
import { useId, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { NOTICE_METHODS } from '../../../src/domain/discipline';
import { recordPlacementDecision } from './api';
import { defaultSeries, seriesFacts } from './logic';
import type { DisciplineSummary, Recorded } from './types';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { Check, DateField, DisciplineForm, type Errors, NoteField, TextField, useFormState, YesNo } from './fields';
import { NoticeFields } from './RemovalForm';
import { dates } from './DecisionForms';

type YesNoValue = '' | 'yes' | 'no';
type Values = {
  decidedOn: string;
  ids: string[];
  similar: YesNoValue;
  pattern: YesNoValue;
  length: string;
  total: string;
  proximity: string;
  determinedBy: string;
  note: string;
  withNotice: boolean;
  notifiedOn: string;
  method: (typeof NOTICE_METHODS)[number] | '';
  safeguards: boolean;
};
type Set = <K extends keyof Values>(key: K, value: Values[K]) => void;

/** The form's first values: the series the removal opened belongs to, and drafts of the factors from its facts. */
function initialValues(
  summary: DisciplineSummary,
  removalId: string | null,
  t: ReturnType<typeof useT>,
  intl: IntlShape,
): Values {
  const ids = defaultSeries(summary.removals, removalId);
  const facts = seriesFacts(summary.removals, ids);
  return {
    decidedOn: summary.asOf,
    ids,
    similar: '',
    pattern: '',
    length: t('discipline.form.pattern.lengthDraft', { lengths: facts.lengths.join(', ') }),
    total: t('discipline.form.pattern.totalDraft', { total: facts.total }),
    proximity:
      facts.first && facts.last
        ? t('discipline.form.pattern.proximityDraft', {
            first: formatIsoDate(intl, facts.first),
            last: formatIsoDate(intl, facts.last),
          })
        : '',
    determinedBy: '',
    note: '',
    withNotice: false,
    notifiedOn: '',
    method: '',
    safeguards: true,
  };
}

/** What must be filled in before sending, by field. */
function missing(v: Values, required: string): Errors {
  const local: Errors = {};
  if (!v.decidedOn) local.decidedOn = required;
  if (!v.ids.length) local.removalIds = required;
  if (!v.similar) local.substantiallySimilarBehavior = required;
  if (!v.pattern) local.pattern = required;
  for (const [k, value] of [
    ['lengthOfRemovals', v.length],
    ['totalTimeRemoved', v.total],
    ['proximity', v.proximity],
    ['determinedBy', v.determinedBy],
  ] as const)
    if (!value.trim()) local[k] = required;
  const notice = v.pattern === 'yes' && v.withNotice;
  if (notice && !v.notifiedOn) local.notifiedOn = required;
  if (notice && !v.method) local.method = required;
  return local;
}

function send(studentId: string, v: Values) {
  const notice = v.pattern === 'yes' && v.withNotice;
  return recordPlacementDecision(studentId, {
    decidedOn: v.decidedOn,
    removalIds: v.ids,
    pattern: v.pattern === 'yes',
    substantiallySimilarBehavior: v.similar === 'yes',
    lengthOfRemovals: v.length.trim(),
    totalTimeRemoved: v.total.trim(),
    proximity: v.proximity.trim(),
    determinedBy: v.determinedBy.trim(),
    ...(v.note.trim() ? { note: v.note.trim() } : {}),
    ...(notice && v.method
      ? { parentNotice: { notifiedOn: v.notifiedOn, method: v.method, safeguardsNoticeProvided: v.safeguards } }
      : {}),
  });
}

/** The removals of the series, one checkbox each. */
function SeriesRemovals({
  summary,
  v,
  set,
  f,
  error,
}: {
  summary: DisciplineSummary;
  v: Values;
  set: Set;
  f: (n: string) => string;
  error: string | undefined;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <fieldset className="field" aria-describedby={error ? `${f('removalIds')}-error` : undefined}>
      <legend>{t('discipline.form.pattern.removals')}</legend>
      {error && (
        <span id={`${f('removalIds')}-error`} className="field-error">
          {error}
        </span>
      )}
      {summary.removals.map((r) => (
        <Check
          key={r.id}
          id={f(`r-${r.id}`)}
          label={t('discipline.form.pattern.removalOption', {
            type: t(`discipline.type.${r.type}`),
            dates: dates(intl, r.firstDay, r.lastDay),
            days: r.daysRemoved,
          })}
          checked={v.ids.includes(r.id)}
          onChange={(on) => set('ids', on ? [...v.ids, r.id] : v.ids.filter((x) => x !== r.id))}
        />
      ))}
    </fieldset>
  );
}

/** The regulation's factors: similar behaviour, the length of each removal, the total time, their proximity. */
function Factors({ v, set, f, e }: { v: Values; set: Set; f: (n: string) => string; e: Errors }) {
  const t = useT();
  return (
    <>
      <YesNo
        id={f('substantiallySimilarBehavior')}
        legend={t('discipline.form.pattern.similar')}
        value={v.similar}
        onChange={(x) => set('similar', x)}
        error={e.substantiallySimilarBehavior}
        hint={t('discipline.form.pattern.similarHint')}
      />
      <TextField
        id={f('lengthOfRemovals')}
        multiline
        label={t('discipline.form.pattern.length')}
        value={v.length}
        onChange={(x) => set('length', x)}
        error={e.lengthOfRemovals}
      />
      <TextField
        id={f('totalTimeRemoved')}
        multiline
        label={t('discipline.form.pattern.total')}
        value={v.total}
        onChange={(x) => set('total', x)}
        error={e.totalTimeRemoved}
      />
      <TextField
        id={f('proximity')}
        multiline
        label={t('discipline.form.pattern.proximity')}
        value={v.proximity}
        onChange={(x) => set('proximity', x)}
        error={e.proximity}
      />
    </>
  );
}

export function PatternForm({
  summary,
  removalId,
  onDone,
  onCancel,
}: {
  summary: DisciplineSummary;
  removalId: string | null;
  onDone: (r: Recorded) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const f = (n: string) => `${id}-${n}`;
  const form = useFormState();
  const intl = useIntl();
  const [v, setValues] = useState<Values>(() => initialValues(summary, removalId, t, intl));
  const set: Set = (key, value) => setValues((old) => ({ ...old, [key]: value }));
  const e = form.errors;

  const submit = () => {
    void form.submit(missing(v, t('discipline.form.error.required')), () => send(summary.student.id, v), onDone);
  };

  return (
    <DisciplineForm form={form} onSubmit={submit} onCancel={onCancel}>
      <p className="hint">{t('discipline.form.pattern.intro')}</p>
      <DateField
        id={f('decidedOn')}
        label={t('discipline.form.pattern.decidedOn')}
        value={v.decidedOn}
        onChange={(x) => set('decidedOn', x)}
        error={e.decidedOn}
        max={summary.asOf}
      />
      <SeriesRemovals summary={summary} v={v} set={set} f={f} error={e.removalIds} />
      <Factors v={v} set={set} f={f} e={e} />
      <TextField
        id={f('determinedBy')}
        label={t('discipline.form.pattern.determinedBy')}
        value={v.determinedBy}
        onChange={(x) => set('determinedBy', x)}
        error={e.determinedBy}
        hint={t('discipline.form.pattern.determinedByHint')}
      />
      <YesNo
        id={f('pattern')}
        legend={t('discipline.form.pattern.isPattern')}
        value={v.pattern}
        onChange={(x) => set('pattern', x)}
        error={e.pattern}
        hint={t('discipline.form.pattern.isPatternHint')}
      />
      <NoteField id={f('note')} value={v.note} onChange={(x) => set('note', x)} error={e.note} />
      {v.pattern === 'yes' && (
        <Check
          id={f('withNotice')}
          label={t('discipline.form.removal.withNotice')}
          checked={v.withNotice}
          onChange={(x) => set('withNotice', x)}
        />
      )}
      {v.pattern === 'yes' && v.withNotice && (
        <NoticeFields
          idOf={f}
          notifiedOn={v.notifiedOn}
          setNotifiedOn={(x) => set('notifiedOn', x)}
          method={v.method}
          setMethod={(x) => set('method', x)}
          safeguards={v.safeguards}
          setSafeguards={(x) => set('safeguards', x)}
          errors={e}
          today={summary.asOf}
        />
      )}
    </DisciplineForm>
  );
}
