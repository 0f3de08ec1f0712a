/**
 * The manifestation determination review (34 CFR 300.530(e), (f)): its two questions, and what follows when the conduct
 * is a manifestation (the behaviour plan, the placement) or the IEP was not carried out (the steps to remedy it).
 */
import { useId, useState } from 'react';
import { BEHAVIOR_PLAN_ACTIONS, PLACEMENT_OUTCOMES } from '../../../src/domain/discipline';
import { recordMdr } from './api';
import type { DecisionView, DisciplineSummary, Recorded } from './types';
import { useT } from '../i18n';
import {
  Choice,
  DateField,
  DisciplineForm,
  type Errors,
  NoteField,
  TextField,
  useFormState,
  YesNo,
  yesNo,
} from './fields';

type Values = {
  heldOn: string;
  q1: '' | 'yes' | 'no';
  q2: '' | 'yes' | 'no';
  behaviorPlan: (typeof BEHAVIOR_PLAN_ACTIONS)[number] | '';
  placement: (typeof PLACEMENT_OUTCOMES)[number] | '';
  returnedOn: string;
  remedySteps: string;
  services: string;
  participants: string;
  note: string;
};
type Set = <K extends keyof Values>(key: K, value: Values[K]) => void;

const isManifestation = (v: Values) => v.q1 === 'yes' || v.q2 === 'yes';

/** What must be filled in before sending, by field. */
function missing(v: Values, required: string): Errors {
  const local: Errors = {};
  const manifestation = isManifestation(v);
  if (!v.heldOn) local.heldOn = required;
  if (!v.q1) local.causedByDisability = required;
  if (!v.q2) local.failureToImplementIep = required;
  if (manifestation && !v.behaviorPlan) local.behaviorPlan = required;
  if (manifestation && !v.placement) local.placement = required;
  if (v.q2 === 'yes' && !v.remedySteps.trim()) local.remedySteps = required;
  return local;
}

function send(studentId: string, decisionId: string, v: Values) {
  const manifestation = isManifestation(v);
  const { behaviorPlan, placement, returnedOn } = v;
  return recordMdr(studentId, {
    decisionId,
    heldOn: v.heldOn,
    causedByDisability: yesNo(v.q1) ?? false,
    failureToImplementIep: yesNo(v.q2) ?? false,
    ...(manifestation && behaviorPlan ? { behaviorPlan } : {}),
    ...(manifestation && placement ? { placement } : {}),
    ...(manifestation && placement === 'return' && returnedOn ? { returnedOn } : {}),
    ...(v.q2 === 'yes' ? { remedySteps: v.remedySteps.trim() } : {}),
    ...(v.services.trim() ? { services: v.services.trim() } : {}),
    ...(v.participants.trim() ? { participants: v.participants.trim() } : {}),
    ...(v.note.trim() ? { note: v.note.trim() } : {}),
  });
}

/** When the conduct is a manifestation: the behaviour plan, the placement, and the day of return. */
function ManifestationFields({
  v,
  set,
  f,
  e,
  decision,
}: {
  v: Values;
  set: Set;
  f: (n: string) => string;
  e: Errors;
  decision: DecisionView;
}) {
  const t = useT();
  const placements = PLACEMENT_OUTCOMES.filter(
    (p) => p !== 'special_circumstances_setting' || decision.basis === 'special_circumstances',
  );
  return (
    <>
      <Choice
        id={f('behaviorPlan')}
        legend={t('discipline.form.mdr.behaviorPlan')}
        value={v.behaviorPlan}
        options={BEHAVIOR_PLAN_ACTIONS}
        labelOf={(x) => t(`discipline.behaviorPlan.${x}`)}
        onChange={(x) => set('behaviorPlan', x)}
        error={e.behaviorPlan}
      />
      <Choice
        id={f('placement')}
        legend={t('discipline.form.mdr.placement')}
        value={v.placement}
        options={placements}
        labelOf={(x) => t(`discipline.placement.${x}`)}
        onChange={(x) => set('placement', x)}
        error={e.placement}
      />
      {v.placement === 'return' && (
        <DateField
          id={f('returnedOn')}
          label={t('discipline.form.mdr.returnedOn')}
          value={v.returnedOn}
          onChange={(x) => set('returnedOn', x)}
          error={e.returnedOn}
          hint={t('discipline.form.mdr.returnedOnHint')}
        />
      )}
    </>
  );
}

/** The review's day, its two questions and what their answers mean. */
function Questions({
  v,
  set,
  f,
  e,
  today,
}: {
  v: Values;
  set: Set;
  f: (n: string) => string;
  e: Errors;
  today: string;
}) {
  const t = useT();
  const manifestation = isManifestation(v);
  return (
    <>
      <DateField
        id={f('heldOn')}
        label={t('discipline.form.mdr.heldOn')}
        value={v.heldOn}
        onChange={(x) => set('heldOn', x)}
        error={e.heldOn}
        max={today}
      />
      <YesNo
        id={f('causedByDisability')}
        legend={t('discipline.mdr.q1')}
        value={v.q1}
        onChange={(x) => set('q1', x)}
        error={e.causedByDisability}
      />
      <YesNo
        id={f('failureToImplementIep')}
        legend={t('discipline.mdr.q2')}
        value={v.q2}
        onChange={(x) => set('q2', x)}
        error={e.failureToImplementIep}
      />
      {v.q1 !== '' && v.q2 !== '' && (
        <p className="notice notice-info" role="status">
          {t(manifestation ? 'discipline.mdr.manifestation' : 'discipline.mdr.notManifestation')}{' '}
          {t(manifestation ? 'discipline.form.mdr.thenManifestation' : 'discipline.form.mdr.thenNot')}
        </p>
      )}
    </>
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
  onDone: (r: Recorded) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const f = (n: string) => `${id}-${n}`;
  const form = useFormState();
  const [v, setValues] = useState<Values>(() => ({
    heldOn: summary.asOf,
    q1: '',
    q2: '',
    behaviorPlan: '',
    placement: '',
    returnedOn: '',
    remedySteps: '',
    services: '',
    participants: '',
    note: '',
  }));
  const set: Set = (key, value) => setValues((old) => ({ ...old, [key]: value }));
  const e = form.errors;
  const answered = v.q1 !== '' && v.q2 !== '';
  const manifestation = isManifestation(v);

  const submit = () => {
    void form.submit(
      missing(v, t('discipline.form.error.required')),
      () => send(summary.student.id, decision.id, v),
      onDone,
    );
  };

  return (
    <DisciplineForm form={form} onSubmit={submit} onCancel={onCancel}>
      <Questions v={v} set={set} f={f} e={e} today={summary.asOf} />
      {manifestation && <ManifestationFields v={v} set={set} f={f} e={e} decision={decision} />}
      {v.q2 === 'yes' && (
        <TextField
          id={f('remedySteps')}
          multiline
          label={t('discipline.form.mdr.remedySteps')}
          value={v.remedySteps}
          onChange={(x) => set('remedySteps', x)}
          error={e.remedySteps}
          hint={t('discipline.form.mdr.remedyHint')}
        />
      )}
      {answered && (
        <TextField
          id={f('services')}
          multiline
          label={t('discipline.form.mdr.services')}
          value={v.services}
          onChange={(x) => set('services', x)}
          error={e.services}
          hint={t(manifestation ? 'discipline.form.mdr.servicesHintManifestation' : 'discipline.form.mdr.servicesHint')}
        />
      )}
      <TextField
        id={f('participants')}
        label={t('discipline.form.mdr.participants')}
        value={v.participants}
        onChange={(x) => set('participants', x)}
        error={e.participants}
        hint={t('discipline.form.mdr.participantsHint')}
      />
      <NoteField id={f('note')} value={v.note} onChange={(x) => set('note', x)} error={e.note} />
    </DisciplineForm>
  );
}
