/** A parent with educational rights answers a consent request: given or refused, a typed name and the confirming box. */
import { useId } from 'react';
import { useT } from '../i18n';
import type { FieldErrors } from '../ui/form';
import { signConsent, type Consent } from './api';
import { ConfirmField, FormAlert, TextField, useConsentForm } from './consent-form';
import { FieldError } from './shared';

type Decision = '' | 'given' | 'refused';

export function SignForm({ consent, onSigned }: { consent: Consent; onSigned: (c: Consent) => void }) {
  const t = useT();
  const id = useId();
  const { form, ref, general } = useConsentForm<{ decision: Decision; typedName: string; confirm: boolean }>({
    initial: { decision: '', typedName: '', confirm: false },
    check: (v) => {
      const local: FieldErrors = {};
      if (!v.decision) local.decision = t('consents.sign.error.decision');
      if (!v.typedName.trim()) local.typedName = t('consents.sign.error.typedName');
      if (!v.confirm) local.confirm = t('consents.sign.error.confirm');
      return local;
    },
    onSubmit: async (v) => {
      onSigned(await signConsent(consent.id, v.decision as 'given' | 'refused', v.typedName, v.confirm));
    },
  });
  const { values, errors } = form;
  return (
    <form
      ref={ref}
      className="consent-form"
      onSubmit={(e) => void form.submit(e)}
      noValidate
      aria-labelledby={`${id}-legend`}
    >
      <h5 id={`${id}-legend`}>{t('consents.sign.legend')}</h5>
      <FormAlert message={general} />
      <DecisionChoice
        id={id}
        value={values.decision}
        error={errors.decision}
        onChange={(d) => form.set('decision', d)}
      />
      <TextField
        id={`${id}-name`}
        name="typedName"
        label={t('consents.sign.typedName')}
        hint={t('consents.sign.typedNameHint')}
        autoComplete="name"
        maxLength={200}
        value={values.typedName}
        error={errors.typedName}
        onChange={(v) => form.set('typedName', v)}
      />
      <ConfirmField
        id={id}
        label={t('consents.sign.confirm')}
        checked={values.confirm}
        error={errors.confirm}
        onChange={(v) => form.set('confirm', v)}
      />
      <button type="submit" className="button button-primary consent-submit" disabled={form.pending}>
        {form.pending ? t('consents.sign.sending') : t('consents.sign.submit')}
      </button>
    </form>
  );
}

/** Given or refused, as the parent says it. */
function DecisionChoice({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: Decision;
  error: string | undefined;
  onChange: (d: 'given' | 'refused') => void;
}) {
  const t = useT();
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-decision-error` : undefined}>
      <legend className="visually-hidden">{t('consents.sign.legend')}</legend>
      <div className="radio-options radio-options-stacked">
        {(['given', 'refused'] as const).map((d, i) => (
          <span className="radio-option" key={d}>
            <input
              id={`${id}-${d}`}
              type="radio"
              name={`${id}-decision`}
              value={d}
              checked={value === d}
              onChange={() => onChange(d)}
              data-field={i === 0 ? 'decision' : undefined}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={`${id}-${d}`}>{t(`consents.decision.${d}`)}</label>
          </span>
        ))}
      </div>
      <FieldError id={`${id}-decision-error`} message={error} />
    </fieldset>
  );
}
