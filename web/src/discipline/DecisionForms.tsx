/**
 * The smaller forms that follow removals: the parents' notice of a decision to change placement (300.530(h)) and voiding
 * a record entered by mistake. The pattern decision is PatternForm.tsx, the manifestation determination MdrForm.tsx.
 */
import { useId, useState } from 'react';
import type { useIntl } from 'react-intl';
import type { NOTICE_METHODS } from '../../../src/domain/discipline';
import { recordNotice, voidRecord } from './api';
import type { DecisionView, DisciplineSummary, Recorded } from './types';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { FormButtons, FormSummary, TextField, useFormState, type Errors } from './fields';
import { NoticeFields } from './RemovalForm';

type Done = (r: Recorded) => void;

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
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
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
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
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
