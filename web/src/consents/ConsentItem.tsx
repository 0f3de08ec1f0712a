/**
 * One consent request: what is asked, in plain words, and its answer. A parent with educational rights signs it
 * here (typed name + an explicit checkbox) or revokes a given consent in writing; staff record a paper answer or a
 * written revocation. Which forms appear follows the abilities the API sends.
 */
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import {
  consentPdfUrl,
  recordPaperAnswer,
  recordWrittenRevocation,
  revokeInPortal,
  signConsent,
  type Consent,
} from './api';
import { Help } from '../ui/Help';
import { apiFieldErrors, FieldError, PdfLinks, type FieldErrors } from './shared';

export function ConsentStatusBadge({ status }: { status: Consent['status'] }) {
  const t = useT();
  return <span className={`badge badge-consent badge-consent-${status}`}>{t(`consents.status.${status}`)}</span>;
}

export function ConsentItem({
  consent: c,
  family,
  today,
  onChange,
}: {
  consent: Consent;
  family: boolean;
  today: string;
  onChange: (c: Consent) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const [done, setDone] = useState<string | null>(null);
  const title = t('consents.formTitle', { type: c.type });
  const date = (d: string) => formatIsoDate(intl, d);
  const open = c.status === 'requested';

  const changed = (next: Consent, message: string) => {
    setDone(message);
    onChange(next);
  };

  return (
    <li className={`card consent-card consent-${c.status}`} data-testid="consent" aria-labelledby={headingId}>
      <div className="consent-head">
        <h4 id={headingId}>{title}</h4>
        <ConsentStatusBadge status={c.status} />
      </div>
      <p className="muted consent-meta">
        {t('consents.requestedOn', { date: date(c.requestedOn), name: c.requestedByName })}
      </p>

      {(family || open) && (
        <>
          <h5>{t('consents.whatWeAsk')}</h5>
          <p className="consent-text">{c.description}</p>
        </>
      )}
      {c.type === 'release_of_information' && (
        <dl className="facts consent-release">
          <div className="fact">
            <dt>{t('consents.recordsToRelease')}</dt>
            <dd>{c.recordsToRelease}</dd>
          </div>
          <div className="fact">
            <dt>{t('consents.releaseTo')}</dt>
            <dd>{c.releaseTo}</dd>
          </div>
        </dl>
      )}
      {family && open && (
        <>
          <h5>{t('consents.whatItMeans')}</h5>
          <p>{t(`consents.explain.${c.type}`)}</p>
          <p>{t('consents.explain.voluntary')}</p>
          <Help topic="consent" />
        </>
      )}

      {c.answer && (
        <p className="consent-answer">
          {t('consents.answeredOn', {
            status: t(`consents.status.${c.answer.decision}`),
            date: date(c.answer.on),
            method: t(`consents.method.${c.answer.method}`),
            name: c.answer.signerName,
          })}
          {c.answer.recordedByName && (
            <span className="muted consent-recorded">
              {' '}
              · {t('consentDoc.field.recordedBy')}: {c.answer.recordedByName}
            </span>
          )}
        </p>
      )}
      {c.revocation && (
        <p className="consent-answer">
          {t('consents.revokedOn', { date: date(c.revocation.on), name: c.revocation.signerName })}
        </p>
      )}
      {c.type === 'initial_services' && c.status === 'refused' && (
        <p className="notice notice-info">{t('consent.refused.noOverride')}</p>
      )}

      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}

      {c.abilities.answer && (
        <SignForm
          consent={c}
          onSigned={(n) => changed(n, t('consents.sign.done', { status: t(`consents.status.${n.status}`) }))}
        />
      )}
      {c.abilities.recordPaperAnswer && (
        <PaperAnswerForm consent={c} today={today} onRecorded={(n) => changed(n, t('consents.paper.done'))} />
      )}
      {c.abilities.revoke &&
        (family ? (
          <PortalRevokeForm consent={c} onRevoked={(n) => changed(n, t('consents.revoke.done'))} />
        ) : (
          <WrittenRevocationForm consent={c} today={today} onRevoked={(n) => changed(n, t('consents.revoke.done'))} />
        ))}

      {c.abilities.print && <PdfLinks url={(lang) => consentPdfUrl(c.id, lang)} title={title} />}
    </li>
  );
}

/** Focuses the first field with an error (in form order). */
function focusFirst(form: HTMLFormElement | null, fields: FieldErrors) {
  if (!form) return;
  const invalid = form.querySelector<HTMLElement>(
    Object.keys(fields)
      .map((k) => `[data-field="${k}"]`)
      .join(',') || 'x-none',
  );
  invalid?.focus();
}

function SignForm({ consent, onSigned }: { consent: Consent; onSigned: (c: Consent) => void }) {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [decision, setDecision] = useState<'' | 'given' | 'refused'>('');
  const [typedName, setTypedName] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!decision) local.decision = t('consents.sign.error.decision');
    if (!typedName.trim()) local.typedName = t('consents.sign.error.typedName');
    if (!confirm) local.confirm = t('consents.sign.error.confirm');
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) {
      focusFirst(form.current, local);
      return;
    }
    setPending(true);
    try {
      onSigned(await signConsent(consent.id, decision as 'given' | 'refused', typedName, confirm));
    } catch (err) {
      const { fields, general: g } = apiFieldErrors(err, t, 'consents.sign.error');
      setErrors(fields);
      setGeneral(g);
      setPending(false);
      focusFirst(form.current, fields);
    }
  };

  const err = (k: string) => errors[k];
  const describe = (k: string, hint?: string) =>
    [hint, err(k) ? `${id}-${k}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <form
      ref={form}
      className="consent-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-legend`}
    >
      <h5 id={`${id}-legend`}>{t('consents.sign.legend')}</h5>
      {general && (
        <p className="notice notice-error" role="alert">
          {general}
        </p>
      )}
      <fieldset className="field" aria-describedby={describe('decision')}>
        <legend className="visually-hidden">{t('consents.sign.legend')}</legend>
        <div className="radio-options radio-options-stacked">
          {(['given', 'refused'] as const).map((d, i) => (
            <span className="radio-option" key={d}>
              <input
                id={`${id}-${d}`}
                type="radio"
                name={`${id}-decision`}
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
                data-field={i === 0 ? 'decision' : undefined}
                aria-invalid={err('decision') ? true : undefined}
              />
              <label htmlFor={`${id}-${d}`}>{t(`consents.decision.${d}`)}</label>
            </span>
          ))}
        </div>
        <FieldError id={`${id}-decision-error`} message={err('decision')} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('consents.sign.typedName')}</label>
        <span id={`${id}-name-hint`} className="hint">
          {t('consents.sign.typedNameHint')}
        </span>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          value={typedName}
          onChange={(e) => setTypedName(e.target.value)}
          data-field="typedName"
          aria-invalid={err('typedName') ? true : undefined}
          aria-describedby={describe('typedName', `${id}-name-hint`)}
          maxLength={200}
        />
        <FieldError id={`${id}-typedName-error`} message={err('typedName')} />
      </div>
      <div className="field field-check">
        <input
          id={`${id}-confirm`}
          type="checkbox"
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
          data-field="confirm"
          aria-invalid={err('confirm') ? true : undefined}
          aria-describedby={describe('confirm')}
        />
        <label htmlFor={`${id}-confirm`}>{t('consents.sign.confirm')}</label>
        <FieldError id={`${id}-confirm-error`} message={err('confirm')} />
      </div>
      <button type="submit" className="button button-primary consent-submit" disabled={pending}>
        {pending ? t('consents.sign.sending') : t('consents.sign.submit')}
      </button>
    </form>
  );
}

function PortalRevokeForm({ consent, onRevoked }: { consent: Consent; onRevoked: (c: Consent) => void }) {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [typedName, setTypedName] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  if (!open) {
    return (
      <p>
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('consents.revoke.button')}
        </button>
      </p>
    );
  }
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!typedName.trim()) local.typedName = t('consents.sign.error.typedName');
    if (!confirm) local.confirm = t('consents.sign.error.confirm');
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) {
      focusFirst(form.current, local);
      return;
    }
    setPending(true);
    try {
      onRevoked(await revokeInPortal(consent.id, typedName, confirm, note));
    } catch (err) {
      const r = apiFieldErrors(err, t, 'consents.sign.error');
      setErrors(r.fields);
      setGeneral(r.general);
      setPending(false);
    }
  };
  return (
    <form
      ref={form}
      className="consent-form consent-revoke"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-legend`}
    >
      <h5 id={`${id}-legend`}>{t('consents.revoke.legend')}</h5>
      <p>{t('consents.revoke.explain')}</p>
      {consent.revocationEffect.endsServices && (
        <p className="notice notice-info">{t('consents.revoke.servicesWarning')}</p>
      )}
      {general && (
        <p className="notice notice-error" role="alert">
          {general}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('consents.sign.typedName')}</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          value={typedName}
          onChange={(e) => setTypedName(e.target.value)}
          data-field="typedName"
          aria-invalid={errors.typedName ? true : undefined}
          aria-describedby={errors.typedName ? `${id}-typedName-error` : undefined}
        />
        <FieldError id={`${id}-typedName-error`} message={errors.typedName} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('consents.revoke.note')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </div>
      <div className="field field-check">
        <input
          id={`${id}-confirm`}
          type="checkbox"
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
          data-field="confirm"
          aria-invalid={errors.confirm ? true : undefined}
          aria-describedby={errors.confirm ? `${id}-confirm-error` : undefined}
        />
        <label htmlFor={`${id}-confirm`}>{t('consents.revoke.confirm')}</label>
        <FieldError id={`${id}-confirm-error`} message={errors.confirm} />
      </div>
      <div className="consent-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('consents.revoke.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('consents.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Staff: a paper form (answer or written revocation) — who signed it and the date on it. */
function PaperForm(props: {
  legend: string;
  openLabel: string;
  submitLabel: string;
  today: string;
  withDecision: boolean;
  withNote: boolean;
  warning?: string | undefined;
  submit: (v: {
    decision: 'given' | 'refused';
    signerName: string;
    signedOn: string;
    note: string;
  }) => Promise<Consent>;
  onDone: (c: Consent) => void;
}) {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<'given' | 'refused'>('given');
  const [signerName, setSignerName] = useState('');
  const [signedOn, setSignedOn] = useState(props.today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)}>
          {props.openLabel}
        </button>
      </p>
    );
  }
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!signerName.trim()) local.signerName = t('consents.sign.error.signerName');
    if (!signedOn || signedOn > props.today) local.signedOn = t('consents.sign.error.signedOn');
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) {
      focusFirst(form.current, local);
      return;
    }
    setPending(true);
    try {
      props.onDone(await props.submit({ decision, signerName, signedOn, note }));
    } catch (err) {
      const r = apiFieldErrors(err, t, 'consents.sign.error');
      setErrors(r.fields);
      setGeneral(r.general);
      setPending(false);
    }
  };
  return (
    <form
      ref={form}
      className="consent-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-legend`}
    >
      <h5 id={`${id}-legend`}>{props.legend}</h5>
      {props.warning && <p className="notice notice-info">{props.warning}</p>}
      {general && (
        <p className="notice notice-error" role="alert">
          {general}
        </p>
      )}
      {props.withDecision && (
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
                  checked={decision === d}
                  onChange={() => setDecision(d)}
                />
                <label htmlFor={`${id}-${d}`}>{t(`consents.staffDecision.${d}`)}</label>
              </span>
            ))}
          </div>
        </fieldset>
      )}
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-signer`}>
            {props.withDecision ? t('consents.paper.signerName') : t('consents.revoke.signerName')}
          </label>
          <input
            id={`${id}-signer`}
            type="text"
            value={signerName}
            onChange={(e) => setSignerName(e.target.value)}
            data-field="signerName"
            aria-invalid={errors.signerName ? true : undefined}
            aria-describedby={errors.signerName ? `${id}-signerName-error` : undefined}
          />
          <FieldError id={`${id}-signerName-error`} message={errors.signerName} />
        </div>
        <div className="field field-date">
          <label htmlFor={`${id}-on`}>
            {props.withDecision ? t('consents.paper.signedOn') : t('consents.revoke.signedOn')}
          </label>
          <input
            id={`${id}-on`}
            type="date"
            max={props.today}
            value={signedOn}
            onChange={(e) => setSignedOn(e.target.value)}
            data-field="signedOn"
            aria-invalid={errors.signedOn ? true : undefined}
            aria-describedby={errors.signedOn ? `${id}-signedOn-error` : undefined}
          />
          <FieldError id={`${id}-signedOn-error`} message={errors.signedOn} />
        </div>
      </div>
      {props.withNote && (
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('consents.revoke.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
          />
        </div>
      )}
      <div className="consent-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {props.submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('consents.cancel')}
        </button>
      </div>
    </form>
  );
}

function PaperAnswerForm({
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

function WrittenRevocationForm({
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
