/**
 * Consents and prior written notices on a student's page. Staff: the requests and their answers, "Request
 * consent", recording a paper answer or a written revocation, and the notices with their editor. The family
 * (a parent with educational rights): the requests waiting for their answer, with what is asked in plain words,
 * signed with a typed name and an explicit checkbox; then the signed state, and revocation; and the notices issued
 * to them. The student (from the portal age) reads but does not sign. A caller who may not see these records gets
 * a 404 from the API, and the section is not shown.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api';
import { useApiQuery } from '../ui/query';
import { isMessageId, useT } from '../i18n';
import { useForm, type Form } from '../ui/form';
import { languageName } from '../labels';
import { useUser } from '../session';
import type { Student } from '../types';
import {
  consentKeys,
  listConsents,
  listNotices,
  requestConsent,
  type Consent,
  type ConsentList,
  type Notice,
  type NoticeList,
} from './api';
import { CONSENT_TYPES, type ConsentType } from '../../../src/domain/consent';
import { LOCALES } from '../../../src/documents/messages';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ConsentItem } from './ConsentItem';
import { NoticesPanel } from './Notices';
import { apiFieldErrors, FieldError } from './shared';

export function ConsentsSection({ student }: { student: Student; name: string }) {
  const t = useT();
  const user = useUser();
  const client = useQueryClient();
  const family = user.abilities.portal !== null;

  // Not someone who sees this student's consents (a general education teacher, src/policy/consent.ts): do not even
  // ask — a refusal would be written to the student's access log as a refused attempt.
  const notForRole = !student.consentAbilities.view;
  const consentsKey = consentKeys.consents(student.id);
  const noticesKey = consentKeys.notices(student.id);
  const consents = useApiQuery(consentsKey, (signal) => listConsents(student.id, signal), { enabled: !notForRole });
  const notices = useApiQuery(noticesKey, (signal) => listNotices(student.id, signal), { enabled: !notForRole });
  // While a retry loads, it says so (the error goes until the answer comes).
  const error = consents.isFetching || notices.isFetching ? null : (consents.error ?? notices.error);

  // Not someone who sees consents (e.g. a general education teacher): nothing to show.
  if (notForRole || (isApiError(error) && error.status === 404)) return null;

  // A write answers the record as it now is: it replaces the one on screen (no reload).
  const replaceNotice = (n: Notice) =>
    client.setQueryData<NoticeList>(noticesKey, (old) => old && { ...old, data: upsert(old.data, n) });
  const replaceConsent = (c: Consent) => {
    client.setQueryData<ConsentList>(consentsKey, (old) => old && { ...old, data: upsert(old.data, c) });
    // Revoking consent for services starts a draft prior written notice on the server: show it.
    if (c.status === 'revoked' && c.revocationEffect.requiresPriorWrittenNotice) {
      void client.invalidateQueries({ queryKey: noticesKey });
    }
  };
  const reload = () => {
    void consents.refetch();
    void notices.refetch();
  };
  const ready = consents.data && notices.data && !error ? { consents: consents.data, notices: notices.data } : null;
  const loading = !error && !ready;

  return (
    <section
      id="consents"
      aria-labelledby="consents-heading"
      className="record-section consents-section"
      aria-busy={loading}
    >
      <h2 id="consents-heading">{t('consents.title')}</h2>
      {loading && (
        <p role="status" className="list-status">
          {t('consents.loading')}
        </p>
      )}
      {error && <ErrorMessage error={error} message={t('consents.error')} onRetry={reload} />}
      {ready && (
        <>
          <ConsentLists consents={ready.consents} family={family} onChange={replaceConsent} />
          {ready.consents.abilities.request && <RequestConsent studentId={student.id} onRequested={replaceConsent} />}
          <NoticesPanel
            studentId={student.id}
            notices={ready.notices.data}
            canCreate={ready.notices.abilities.create}
            family={family}
            onChange={replaceNotice}
          />
        </>
      )}
    </section>
  );
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [item, ...list];
}

function ConsentLists({
  consents,
  family,
  onChange,
}: {
  consents: ConsentList;
  family: boolean;
  onChange: (c: Consent) => void;
}) {
  const t = useT();
  const list = consents.data;
  if (list.length === 0) {
    return (
      <>
        <h3>{t('consents.consentsHeading')}</h3>
        <p className="empty">{t('consents.empty')}</p>
      </>
    );
  }
  if (!family) {
    return (
      <>
        <h3>{t('consents.consentsHeading')}</h3>
        <ul className="plain-list consent-list" aria-label={t('consents.consentsHeading')}>
          {list.map((c) => (
            <ConsentItem key={c.id} consent={c} family={false} today={consents.asOf} onChange={onChange} />
          ))}
        </ul>
      </>
    );
  }
  // The family: what waits for an answer first. One list, so that an item keeps its state (the "thank you")
  // when it moves down after being answered.
  const pending = list.filter((c) => c.status === 'requested');
  const ordered = [...pending, ...list.filter((c) => c.status !== 'requested')];
  return (
    <>
      <h3>{t('consents.consentsHeading')}</h3>
      {pending.length > 0 && <p className="lede">{t('consents.pendingCount', { count: pending.length })}</p>}
      <ul className="plain-list consent-list">
        {ordered.map((c) => (
          <ConsentItem key={c.id} consent={c} family today={consents.asOf} onChange={onChange} />
        ))}
      </ul>
    </>
  );
}

function RequestConsent({ studentId, onRequested }: { studentId: string; onRequested: (c: Consent) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  // Held here, so what was typed is still there when the form is opened again after Cancel.
  const form = useForm<RequestValues>({
    initial: {
      type: 'evaluation',
      description: '',
      recordsToRelease: '',
      releaseTo: '',
      language: '',
      requestedOn: '',
    },
    // The catalogue's words for the fields this area knows, in the reader's language; the API's English otherwise.
    message: (e) => {
      const key = `consents.request.error.${e.path}`;
      return isMessageId(key) ? t(key) : e.message;
    },
    onSubmit: async (v) => {
      const release = v.type === 'release_of_information';
      const c = await requestConsent(studentId, {
        type: v.type,
        description: v.description,
        ...(release ? { recordsToRelease: v.recordsToRelease, releaseTo: v.releaseTo } : {}),
        ...(v.language ? { language: v.language } : {}),
        ...(v.requestedOn ? { requestedOn: v.requestedOn } : {}),
      });
      onRequested(c);
      setOpen(false);
      setSent(true);
      // The type and the language stay for the next request.
      form.reset({ ...v, description: '', recordsToRelease: '', releaseTo: '', requestedOn: '' });
    },
  });
  if (!open) {
    return (
      <>
        {sent && (
          <p className="notice notice-success" role="status">
            {t('consents.request.sent')}
          </p>
        )}
        <p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setOpen(true);
              setSent(false);
            }}
          >
            {t('consents.request.button')}
          </button>
        </p>
      </>
    );
  }
  return <RequestConsentForm form={form} onCancel={() => setOpen(false)} />;
}

type RequestValues = {
  type: ConsentType;
  description: string;
  recordsToRelease: string;
  releaseTo: string;
  language: string;
  requestedOn: string;
};
type TextKey = 'description' | 'recordsToRelease' | 'releaseTo';

/** A text box of the request, with its hint and the error the API gave it. */
function RequestText({
  form,
  id,
  name,
  label,
  hint,
}: {
  form: Form<RequestValues>;
  id: string;
  name: TextKey;
  label: string;
  hint?: string;
}) {
  const error = form.errors[name];
  return (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {hint && (
        <span id={`${id}-${name}-hint`} className="hint">
          {hint}
        </span>
      )}
      <textarea
        id={`${id}-${name}`}
        rows={name === 'description' ? 3 : 2}
        value={form.values[name]}
        onChange={(e) => form.set(name, e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [hint ? `${id}-${name}-hint` : '', error ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined
        }
      />
      <FieldError id={`${id}-${name}-error`} message={error} />
    </div>
  );
}

/** What is asked (the type, the description, for a release the records and to whom), in which language, since when. */
function RequestConsentForm({ form, onCancel }: { form: Form<RequestValues>; onCancel: () => void }) {
  const t = useT();
  const id = useId();
  const firstField = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    firstField.current?.focus();
  }, []);
  const release = form.values.type === 'release_of_information';
  const general = form.error ? apiFieldErrors(form.error, t, 'consents.request.error').general : null;
  return (
    <form
      className="card consent-form consent-request"
      onSubmit={(e) => void form.submit(e)}
      noValidate
      aria-labelledby={`${id}-legend`}
    >
      <h3 id={`${id}-legend`}>{t('consents.request.legend')}</h3>
      {general && (
        <p className="notice notice-error" role="alert">
          {general}
        </p>
      )}
      <TypeAndLanguage form={form} id={id} firstField={firstField} />
      <RequestText
        form={form}
        id={id}
        name="description"
        label={t('consents.request.description')}
        hint={t('consents.request.descriptionHint')}
      />
      <div className="field">
        <label htmlFor={`${id}-requestedOn`}>{t('consents.request.requestedOn')}</label>
        <span id={`${id}-requestedOn-hint`} className="hint">
          {t('consents.request.requestedOnHint')}
        </span>
        <input
          id={`${id}-requestedOn`}
          type="date"
          value={form.values.requestedOn}
          onChange={(e) => form.set('requestedOn', e.target.value)}
          aria-invalid={form.errors.requestedOn ? true : undefined}
          aria-describedby={[`${id}-requestedOn-hint`, form.errors.requestedOn ? `${id}-requestedOn-error` : '']
            .filter(Boolean)
            .join(' ')}
        />
        <FieldError id={`${id}-requestedOn-error`} message={form.errors.requestedOn} />
      </div>
      {release && <RequestText form={form} id={id} name="recordsToRelease" label={t('consents.request.records')} />}
      {release && <RequestText form={form} id={id} name="releaseTo" label={t('consents.request.releaseTo')} />}
      <div className="consent-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {t('consents.request.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('consents.cancel')}
        </button>
      </div>
    </form>
  );
}

function TypeAndLanguage({
  form,
  id,
  firstField,
}: {
  form: Form<RequestValues>;
  id: string;
  firstField: RefObject<HTMLSelectElement | null>;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className="field-grid">
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('consents.request.type')}</label>
        <select
          ref={firstField}
          id={`${id}-type`}
          value={form.values.type}
          onChange={(e) => form.set('type', e.target.value as ConsentType)}
        >
          {CONSENT_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`consents.type.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('consents.request.language')}</label>
        <select
          id={`${id}-language`}
          value={form.values.language}
          onChange={(e) => form.set('language', e.target.value)}
        >
          <option value="">{t('consents.request.languageDefault')}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {languageName(intl, l)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
