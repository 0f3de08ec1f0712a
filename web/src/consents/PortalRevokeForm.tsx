/** A parent revokes a given consent in writing in the portal: a typed name, a note if they wish, and the confirming box. */
import { useId, useState } from 'react';
import { useT } from '../i18n';
import type { FieldErrors } from '../ui/form';
import { revokeInPortal, type Consent } from './api';
import {
  ConfirmField,
  FormActions,
  FormAlert,
  NoteField,
  OpenFormButton,
  TextField,
  useConsentForm,
} from './consent-form';

/** Closed until asked for; what was typed stays when it is closed and opened again. */
export function PortalRevokeForm({ consent, onRevoked }: { consent: Consent; onRevoked: (c: Consent) => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { form, ref, general } = useConsentForm({
    initial: { typedName: '', confirm: false, note: '' },
    check: (v) => {
      const local: FieldErrors = {};
      if (!v.typedName.trim()) local.typedName = t('consents.sign.error.typedName');
      if (!v.confirm) local.confirm = t('consents.sign.error.confirm');
      return local;
    },
    onSubmit: async (v) => {
      onRevoked(await revokeInPortal(consent.id, v.typedName, v.confirm, v.note));
    },
  });
  const { values, errors } = form;
  if (!open) return <OpenFormButton label={t('consents.revoke.button')} onOpen={() => setOpen(true)} />;
  return (
    <form
      ref={ref}
      className="consent-form consent-revoke"
      onSubmit={(e) => void form.submit(e)}
      noValidate
      aria-labelledby={`${id}-legend`}
    >
      <h5 id={`${id}-legend`}>{t('consents.revoke.legend')}</h5>
      <p>{t('consents.revoke.explain')}</p>
      {consent.revocationEffect.endsServices && (
        <p className="notice notice-info">{t('consents.revoke.servicesWarning')}</p>
      )}
      <FormAlert message={general} />
      <TextField
        id={`${id}-name`}
        name="typedName"
        label={t('consents.sign.typedName')}
        autoComplete="name"
        value={values.typedName}
        error={errors.typedName}
        onChange={(v) => form.set('typedName', v)}
      />
      <NoteField id={id} value={values.note} onChange={(v) => form.set('note', v)} />
      <ConfirmField
        id={id}
        label={t('consents.revoke.confirm')}
        checked={values.confirm}
        error={errors.confirm}
        onChange={(v) => form.set('confirm', v)}
      />
      <FormActions submit={t('consents.revoke.submit')} pending={form.pending} onCancel={() => setOpen(false)} />
    </form>
  );
}
