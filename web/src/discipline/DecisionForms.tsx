/**
 * The forms that follow removals: whether a series is a pattern (300.536(a)(2), (b)(1)), the parents' notice of a
 * decision to change placement (300.530(h)), the manifestation determination (300.530(e), (f)), and voiding a record
 * entered by mistake.
 */
import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { BEHAVIOR_PLAN_ACTIONS, NOTICE_METHODS, PLACEMENT_OUTCOMES } from '../../../src/domain/discipline';
import { recordMdr, recordNotice, recordPlacementDecision, voidRecord } from './api';
import { defaultSeries, seriesFacts } from './logic';
import type { DecisionView, DisciplineSummary, Recorded } from './types';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import {
  Check,
  Choice,
  DateField,
  FormButtons,
  FormSummary,
  TextField,
  useFormState,
  YesNo,
  yesNo,
  type Errors,
} from './fields';
import { NoticeFields } from './RemovalForm';

type Done = (r: Recorded) => void;

export function PatternForm({
  summary,
  removalId,
  onDone,
  onCancel,
}: {
  summary: DisciplineSummary;
  removalId: string | null;
  onDone: Done;
  onCancel: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const f = (n: string) => `${id}-${n}`;
  const form = useFormState();
  const [decidedOn, setDecidedOn] = useState(summary.asOf);
  const [ids, setIds] = useState<string[]>(() => defaultSeries(summary.removals, removalId));
  const facts = useMemo(() => seriesFacts(summary.removals, ids), [summary.removals, ids]);
  const [similar, setSimilar] = useState<'' | 'yes' | 'no'>('');
  const [pattern, setPattern] = useState<'' | 'yes' | 'no'>('');
  const [length, setLength] = useState(() =>
    t('discipline.form.pattern.lengthDraft', { lengths: facts.lengths.join(', ') }),
  );
  const [total, setTotal] = useState(() => t('discipline.form.pattern.totalDraft', { total: facts.total }));
  const [proximity, setProximity] = useState(() =>
    facts.first && facts.last
      ? t('discipline.form.pattern.proximityDraft', {
          first: formatIsoDate(intl, facts.first),
          last: formatIsoDate(intl, facts.last),
        })
      : '',
  );
  const [determinedBy, setDeterminedBy] = useState('');
  const [note, setNote] = useState('');
  const [withNotice, setWithNotice] = useState(false);
  const [notifiedOn, setNotifiedOn] = useState('');
  const [method, setMethod] = useState<(typeof NOTICE_METHODS)[number] | ''>('');
  const [safeguards, setSafeguards] = useState(true);
  const e = form.errors;

  const submit = () => {
    const local: Errors = {};
    const required = t('discipline.form.error.required');
    if (!decidedOn) local.decidedOn = required;
    if (!ids.length) local.removalIds = required;
    if (!similar) local.substantiallySimilarBehavior = required;
    if (!pattern) local.pattern = required;
    for (const [k, v] of [
      ['lengthOfRemovals', length],
      ['totalTimeRemoved', total],
      ['proximity', proximity],
      ['determinedBy', determinedBy],
    ] as const)
      if (!v.trim()) local[k] = required;
    const notice = pattern === 'yes' && withNotice;
    if (notice && !notifiedOn) local.notifiedOn = required;
    if (notice && !method) local.method = required;
    void form.submit(
      local,
      () =>
        recordPlacementDecision(summary.student.id, {
          decidedOn,
          removalIds: ids,
          pattern: pattern === 'yes',
          substantiallySimilarBehavior: similar === 'yes',
          lengthOfRemovals: length.trim(),
          totalTimeRemoved: total.trim(),
          proximity: proximity.trim(),
          determinedBy: determinedBy.trim(),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(notice && method ? { parentNotice: { notifiedOn, method, safeguardsNoticeProvided: safeguards } } : {}),
        }),
      onDone,
    );
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
      <FormSummary form={form} />
      <p className="hint">{t('discipline.form.pattern.intro')}</p>
      <DateField
        id={f('decidedOn')}
        label={t('discipline.form.pattern.decidedOn')}
        value={decidedOn}
        onChange={setDecidedOn}
        error={e.decidedOn}
        max={summary.asOf}
      />
      <fieldset className="field" aria-describedby={e.removalIds ? `${f('removalIds')}-error` : undefined}>
        <legend>{t('discipline.form.pattern.removals')}</legend>
        {e.removalIds && (
          <span id={`${f('removalIds')}-error`} className="field-error">
            {e.removalIds}
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
            checked={ids.includes(r.id)}
            onChange={(v) => setIds(v ? [...ids, r.id] : ids.filter((x) => x !== r.id))}
          />
        ))}
      </fieldset>
      <YesNo
        id={f('substantiallySimilarBehavior')}
        legend={t('discipline.form.pattern.similar')}
        value={similar}
        onChange={setSimilar}
        error={e.substantiallySimilarBehavior}
        hint={t('discipline.form.pattern.similarHint')}
      />
      <TextField
        id={f('lengthOfRemovals')}
        multiline
        label={t('discipline.form.pattern.length')}
        value={length}
        onChange={setLength}
        error={e.lengthOfRemovals}
      />
      <TextField
        id={f('totalTimeRemoved')}
        multiline
        label={t('discipline.form.pattern.total')}
        value={total}
        onChange={setTotal}
        error={e.totalTimeRemoved}
      />
      <TextField
        id={f('proximity')}
        multiline
        label={t('discipline.form.pattern.proximity')}
        value={proximity}
        onChange={setProximity}
        error={e.proximity}
      />
      <TextField
        id={f('determinedBy')}
        label={t('discipline.form.pattern.determinedBy')}
        value={determinedBy}
        onChange={setDeterminedBy}
        error={e.determinedBy}
        hint={t('discipline.form.pattern.determinedByHint')}
      />
      <YesNo
        id={f('pattern')}
        legend={t('discipline.form.pattern.isPattern')}
        value={pattern}
        onChange={setPattern}
        error={e.pattern}
        hint={t('discipline.form.pattern.isPatternHint')}
      />
      <TextField
        id={f('note')}
        multiline
        label={t('discipline.form.note')}
        value={note}
        onChange={setNote}
        error={e.note}
      />
      {pattern === 'yes' && (
        <Check
          id={f('withNotice')}
          label={t('discipline.form.removal.withNotice')}
          checked={withNotice}
          onChange={setWithNotice}
        />
      )}
      {pattern === 'yes' && withNotice && (
        <NoticeFields
          idOf={f}
          notifiedOn={notifiedOn}
          setNotifiedOn={setNotifiedOn}
          method={method}
          setMethod={setMethod}
          safeguards={safeguards}
          setSafeguards={setSafeguards}
          errors={e}
          today={summary.asOf}
        />
      )}
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}

export function NoticeForm({
  summary,
  decision,
  onDone,
  onCancel,
}: {
  summary: DisciplineSummary;
  decision: DecisionView;
  onDone: Done;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const f = (n: string) => `${id}-${n}`;
  const form = useFormState();
  const [notifiedOn, setNotifiedOn] = useState(decision.decidedOn);
  const [method, setMethod] = useState<(typeof NOTICE_METHODS)[number] | ''>('');
  const [safeguards, setSafeguards] = useState(true);
  const [note, setNote] = useState('');
  const submit = () => {
    const local: Errors = {};
    if (!notifiedOn) local.notifiedOn = t('discipline.form.error.required');
    if (!method) local.method = t('discipline.form.error.required');
    void form.submit(
      local,
      () =>
        recordNotice(summary.student.id, {
          decisionId: decision.id,
          notifiedOn,
          method: method as (typeof NOTICE_METHODS)[number],
          safeguardsNoticeProvided: safeguards,
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      onDone,
    );
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
      <FormSummary form={form} />
      <NoticeFields
        idOf={f}
        notifiedOn={notifiedOn}
        setNotifiedOn={setNotifiedOn}
        method={method}
        setMethod={setMethod}
        safeguards={safeguards}
        setSafeguards={setSafeguards}
        errors={form.errors}
        today={summary.asOf}
      />
      <TextField
        id={f('note')}
        multiline
        label={t('discipline.form.note')}
        value={note}
        onChange={setNote}
        error={form.errors.note}
      />
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}

export function MdrForm({
  summary,
  decision,
  onDone,
  onCancel,
}: {
  summary: DisciplineSummary;
  decision: DecisionView;
  onDone: Done;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const f = (n: string) => `${id}-${n}`;
  const form = useFormState();
  const [heldOn, setHeldOn] = useState(summary.asOf);
  const [q1, setQ1] = useState<'' | 'yes' | 'no'>('');
  const [q2, setQ2] = useState<'' | 'yes' | 'no'>('');
  const [behaviorPlan, setBehaviorPlan] = useState<(typeof BEHAVIOR_PLAN_ACTIONS)[number] | ''>('');
  const [placement, setPlacement] = useState<(typeof PLACEMENT_OUTCOMES)[number] | ''>('');
  const [returnedOn, setReturnedOn] = useState('');
  const [remedySteps, setRemedySteps] = useState('');
  const [services, setServices] = useState('');
  const [participants, setParticipants] = useState('');
  const [note, setNote] = useState('');
  const e = form.errors;
  const answered = q1 !== '' && q2 !== '';
  const manifestation = q1 === 'yes' || q2 === 'yes';
  const placements = PLACEMENT_OUTCOMES.filter(
    (p) => p !== 'special_circumstances_setting' || decision.basis === 'special_circumstances',
  );

  const submit = () => {
    const local: Errors = {};
    const required = t('discipline.form.error.required');
    if (!heldOn) local.heldOn = required;
    if (!q1) local.causedByDisability = required;
    if (!q2) local.failureToImplementIep = required;
    if (manifestation && !behaviorPlan) local.behaviorPlan = required;
    if (manifestation && !placement) local.placement = required;
    if (q2 === 'yes' && !remedySteps.trim()) local.remedySteps = required;
    void form.submit(
      local,
      () =>
        recordMdr(summary.student.id, {
          decisionId: decision.id,
          heldOn,
          causedByDisability: yesNo(q1) ?? false,
          failureToImplementIep: yesNo(q2) ?? false,
          ...(manifestation && behaviorPlan ? { behaviorPlan } : {}),
          ...(manifestation && placement ? { placement } : {}),
          ...(manifestation && placement === 'return' && returnedOn ? { returnedOn } : {}),
          ...(q2 === 'yes' ? { remedySteps: remedySteps.trim() } : {}),
          ...(services.trim() ? { services: services.trim() } : {}),
          ...(participants.trim() ? { participants: participants.trim() } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      onDone,
    );
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
      <FormSummary form={form} />
      <DateField
        id={f('heldOn')}
        label={t('discipline.form.mdr.heldOn')}
        value={heldOn}
        onChange={setHeldOn}
        error={e.heldOn}
        max={summary.asOf}
      />
      <YesNo
        id={f('causedByDisability')}
        legend={t('discipline.mdr.q1')}
        value={q1}
        onChange={setQ1}
        error={e.causedByDisability}
      />
      <YesNo
        id={f('failureToImplementIep')}
        legend={t('discipline.mdr.q2')}
        value={q2}
        onChange={setQ2}
        error={e.failureToImplementIep}
      />
      {answered && (
        <p className="notice notice-info" role="status">
          {t(manifestation ? 'discipline.mdr.manifestation' : 'discipline.mdr.notManifestation')}{' '}
          {t(manifestation ? 'discipline.form.mdr.thenManifestation' : 'discipline.form.mdr.thenNot')}
        </p>
      )}
      {manifestation && (
        <>
          <Choice
            id={f('behaviorPlan')}
            legend={t('discipline.form.mdr.behaviorPlan')}
            value={behaviorPlan}
            options={BEHAVIOR_PLAN_ACTIONS}
            labelOf={(v) => t(`discipline.behaviorPlan.${v}`)}
            onChange={setBehaviorPlan}
            error={e.behaviorPlan}
          />
          <Choice
            id={f('placement')}
            legend={t('discipline.form.mdr.placement')}
            value={placement}
            options={placements}
            labelOf={(v) => t(`discipline.placement.${v}`)}
            onChange={setPlacement}
            error={e.placement}
          />
          {placement === 'return' && (
            <DateField
              id={f('returnedOn')}
              label={t('discipline.form.mdr.returnedOn')}
              value={returnedOn}
              onChange={setReturnedOn}
              error={e.returnedOn}
              hint={t('discipline.form.mdr.returnedOnHint')}
            />
          )}
        </>
      )}
      {q2 === 'yes' && (
        <TextField
          id={f('remedySteps')}
          multiline
          label={t('discipline.form.mdr.remedySteps')}
          value={remedySteps}
          onChange={setRemedySteps}
          error={e.remedySteps}
          hint={t('discipline.form.mdr.remedyHint')}
        />
      )}
      {answered && (
        <TextField
          id={f('services')}
          multiline
          label={t('discipline.form.mdr.services')}
          value={services}
          onChange={setServices}
          error={e.services}
          hint={t(manifestation ? 'discipline.form.mdr.servicesHintManifestation' : 'discipline.form.mdr.servicesHint')}
        />
      )}
      <TextField
        id={f('participants')}
        label={t('discipline.form.mdr.participants')}
        value={participants}
        onChange={setParticipants}
        error={e.participants}
        hint={t('discipline.form.mdr.participantsHint')}
      />
      <TextField
        id={f('note')}
        multiline
        label={t('discipline.form.note')}
        value={note}
        onChange={setNote}
        error={e.note}
      />
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}

export function VoidForm({
  recordId,
  onDone,
  onCancel,
}: {
  recordId: string;
  onDone: (s: DisciplineSummary) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const form = useFormState();
  const [reason, setReason] = useState('');
  return (
    <form
      noValidate
      className="discipline-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        void form.submit(
          reason.trim() ? {} : { reason: t('discipline.form.error.required') },
          () => voidRecord(recordId, reason.trim()),
          onDone,
        );
      }}
    >
      <FormSummary form={form} />
      <TextField
        id={`${id}-reason`}
        multiline
        label={t('discipline.void.reason')}
        value={reason}
        onChange={setReason}
        error={form.errors.reason ?? form.errors.id}
        hint={t('discipline.void.hint')}
      />
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}

export function dates(intl: ReturnType<typeof useIntl>, first: string, last: string): string {
  return first === last ? formatIsoDate(intl, first) : `${formatIsoDate(intl, first)} – ${formatIsoDate(intl, last)}`;
}
