/** Staff record a paper form: a parent's answer, or a written revocation — who signed it and the date on it. */
import { useId, useState } from 'react';
import { useT } from '../i18n';
import type { FieldErrors, Form } from '../ui/form';
import { recordPaperAnswer, recordWrittenRevocation, type Consent } from './api';
import { FormActions, FormAlert, NoteField, OpenFormButton, TextField, useConsentForm } from './consent-form';
import { FieldError } from './shared';

interface PaperValues {
  decision: 'given' | 'refused';
  signerName: string;
  signedOn: string;
  note: string;
}

/** Closed until asked for; what was typed stays when it is closed and opened again. */
function PaperForm(props: {
  legend: string;
  openLabel: string;
  submitLabel: string;
  today: string;
  withDecision: boolean;
  withNote: boolean;
  warning?: string | undefined;
  submit: (v: PaperValues) => Promise<Consent>;
  onDone: (c: Consent) => void;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { form, ref, general } = useConsentForm<PaperValues>({
    initial: { decision: 'given', signerName: '', signedOn: props.today, note: '' },
    check: (v) => {
      const local: FieldErrors = {};
      if (!v.signerName.trim()) local.signerName = t('consents.sign.error.signerName');
      if (!v.signedOn || v.signedOn > props.today) local.signedOn = t('consents.sign.error.signedOn');
      return local;
    },
    onSubmit: async (v) => props.onDone(await props.submit(v)),
  });
  if (!open) return <OpenFormButton label={props.openLabel} small onOpen={() => setOpen(true)} />;
  return (
    <form
      ref={ref}
      className="consent-form"
      onSubmit={(e) => void form.submit(e)}
      noValidate
      aria-labelledby={`${id}-legend`}
    >
      <h5 id={`${id}-legend`}>{props.legend}</h5>
      {props.warning && <p className="notice notice-info">{props.warning}</p>}
      <FormAlert message={general} />
      {props.withDecision && <StaffDecision id={id} form={form} />}
      <SignerAndDate id={id} form={form} today={props.today} answer={props.withDecision} />
      {props.withNote && <NoteField id={id} value={form.values.note} onChange={(v) => form.set('note', v)} />}
      <FormActions submit={props.submitLabel} pending={form.pending} onCancel={() => setOpen(false)} />
    </form>
  );
}

/** Given or refused, as the paper says. */
function StaffDecision({ id, form }: { id: string; form: Form<PaperValues> }) {
  const t = useT();
  return (
    <fieldset className="field">
      <legend>{t('consents.paper.decision')}</legend>
      <div className="radio-options">
        {(['given', 'refused'] as const).map((d) => (
          <span className="radio-option" key={d}>
            <input
              id={`${id}-${d}`}
              type="radio"
              name={`${id}-decision`}
              value={d}
              checked={form.values.decision === d}
              onChange={() => form.set('decision', d)}
            />
            <label htmlFor={`${id}-${d}`}>{t(`consents.staffDecision.${d}`)}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

/** Who signed the paper and the date on it (never after today). */
function SignerAndDate({
  id,
  form,
  today,
  answer,
}: {
  id: string;
  form: Form<PaperValues>;
  today: string;
  answer: boolean;
}) {
  const t = useT();
  const { values, errors } = form;
  return (
    <div className="field-grid">
      <TextField
        id={`${id}-signer`}
        name="signerName"
        label={answer ? t('consents.paper.signerName') : t('consents.revoke.signerName')}
        value={values.signerName}
        error={errors.signerName}
        onChange={(v) => form.set('signerName', v)}
      />
      <div className="field field-date">
        <label htmlFor={`${id}-on`}>{answer ? t('consents.paper.signedOn') : t('consents.revoke.signedOn')}</label>
        <input
          id={`${id}-on`}
          type="date"
          max={today}
          value={values.signedOn}
          onChange={(e) => form.set('signedOn', e.target.value)}
          data-field="signedOn"
          aria-invalid={errors.signedOn ? true : undefined}
          aria-describedby={errors.signedOn ? `${id}-signedOn-error` : undefined}
        />
        <FieldError id={`${id}-signedOn-error`} message={errors.signedOn} />
      </div>
    </div>
  );
}

export function PaperAnswerForm({
  consent,
  today,
  onRecorded,
}: {
  consent: Consent;
  today: string;
  onRecorded: (c: Consent) => void;
}) {
  const t = useT();
  return (
    <PaperForm
      legend={t('consents.paper.legend')}
      openLabel={t('consents.paper.button')}
      submitLabel={t('consents.paper.submit')}
      today={today}
      withDecision
      withNote={false}
      submit={(v) => recordPaperAnswer(consent.id, v.decision, v.signerName, v.signedOn)}
      onDone={onRecorded}
    />
  );
}

export function WrittenRevocationForm({
  consent,
  today,
  onRevoked,
}: {
  consent: Consent;
  today: string;
  onRevoked: (c: Consent) => void;
}) {
  const t = useT();
  return (
    <PaperForm
      legend={t('consents.revoke.legend')}
      openLabel={t('consents.revoke.staffButton')}
      submitLabel={t('consents.revoke.submit')}
      today={today}
      withDecision={false}
      withNote
      warning={consent.revocationEffect.endsServices ? t('consents.revoke.servicesWarning') : undefined}
      submit={(v) => recordWrittenRevocation(consent.id, v.signerName, v.signedOn, v.note)}
      onDone={onRevoked}
    />
  );
}
