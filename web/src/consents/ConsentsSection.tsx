/**
 * Consents and prior written notices on a student's page. Staff: the requests and their answers, "Request
 * consent", recording a paper answer or a written revocation, and the notices with their editor. The family
 * (a parent with educational rights): the requests waiting for their answer, with what is asked in plain words,
 * signed with a typed name and an explicit checkbox; then the signed state, and revocation; and the notices issued
 * to them. The student (from the portal age) reads but does not sign. A caller who may not see these records gets
 * a 404 from the API, and the section is not shown.
 */
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useIntl } from 'react-intl';
import { isAbort, isApiError } from '../api';
import { useT } from '../i18n';
import { languageName } from '../labels';
import { useUser } from '../session';
import type { Student } from '../types';
import {
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
import { apiFieldErrors, FieldError, type FieldErrors } from './shared';

type State =
  | { phase: 'loading' }
  | { phase: 'hidden' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; consents: ConsentList; notices: NoticeList };

export function ConsentsSection({ student }: { student: Student; name: string }) {
  const t = useT();
  const user = useUser();
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const family = user.abilities.portal !== null;

  // Not someone who sees this student's consents (a general education teacher, src/policy/consent.ts): do not even
  // ask — a refusal would be written to the student's access log as a refused attempt.
  const notForRole = !student.consentAbilities.view;
  useEffect(() => {
    if (notForRole) {
      setState({ phase: 'hidden' });
      return;
    }
    const controller = new AbortController();
    setState({ phase: 'loading' });
    Promise.all([listConsents(student.id, controller.signal), listNotices(student.id, controller.signal)]).then(
      ([consents, notices]) => setState({ phase: 'ready', consents, notices }),
      (error: unknown) => {
        if (isAbort(error)) return;
        // Not someone who sees consents (e.g. a general education teacher): nothing to show.
        if (isApiError(error) && error.status === 404) setState({ phase: 'hidden' });
        else setState({ phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [student.id, attempt, notForRole]);

  if (state.phase === 'hidden') return null;

  const replaceNotice = (n: Notice) =>
    setState((s) => (s.phase === 'ready' ? { ...s, notices: { ...s.notices, data: upsert(s.notices.data, n) } } : s));
  const replaceConsent = (c: Consent) => {
    setState((s) =>
      s.phase === 'ready' ? { ...s, consents: { ...s.consents, data: upsert(s.consents.data, c) } } : s,
    );
    // Revoking consent for services starts a draft prior written notice on the server: show it.
    if (c.status === 'revoked' && c.revocationEffect.requiresPriorWrittenNotice) {
      listNotices(student.id).then(
        (notices) => setState((s) => (s.phase === 'ready' ? { ...s, notices } : s)),
        () => undefined,
      );
    }
  };
  const reload = () => setAttempt((n) => n + 1);

  return (
    <section
      id="consents"
      aria-labelledby="consents-heading"
      className="record-section consents-section"
      aria-busy={state.phase === 'loading'}
    >
      <h2 id="consents-heading">{t('consents.title')}</h2>
      {state.phase === 'loading' && (
        <p role="status" className="list-status">
          {t('consents.loading')}
        </p>
      )}
      {state.phase === 'error' && <ErrorMessage error={state.error} message={t('consents.error')} onRetry={reload} />}
      {state.phase === 'ready' && (
        <>
          <ConsentLists consents={state.consents} family={family} onChange={replaceConsent} />
          {state.consents.abilities.request && <RequestConsent studentId={student.id} onRequested={replaceConsent} />}
          <NoticesPanel
            studentId={student.id}
            notices={state.notices.data}
            canCreate={state.notices.abilities.create}
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
  const intl = useIntl();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<ConsentType>('evaluation');
  const [description, setDescription] = useState('');
  const [records, setRecords] = useState('');
  const [releaseTo, setReleaseTo] = useState('');
  const [language, setLanguage] = useState('');
  const [requestedOn, setRequestedOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);

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
  const release = type === 'release_of_information';
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setPending(true);
    setGeneral(null);
    try {
      const c = await requestConsent(studentId, {
        type,
        description,
        ...(release ? { recordsToRelease: records, releaseTo } : {}),
        ...(language ? { language } : {}),
        ...(requestedOn ? { requestedOn } : {}),
      });
      onRequested(c);
      setOpen(false);
      setSent(true);
      setDescription('');
      setRecords('');
      setReleaseTo('');
      setRequestedOn('');
      setErrors({});
    } catch (err) {
      const r = apiFieldErrors(err, t, 'consents.request.error');
      setErrors(r.fields);
      setGeneral(r.general);
    } finally {
      setPending(false);
    }
  };
  const field = (
    key: 'description' | 'recordsToRelease' | 'releaseTo',
    label: string,
    value: string,
    set: (v: string) => void,
    hint?: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {hint && (
        <span id={`${id}-${key}-hint`} className="hint">
          {hint}
        </span>
      )}
      <textarea
        id={`${id}-${key}`}
        rows={key === 'description' ? 3 : 2}
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={
          [hint ? `${id}-${key}-hint` : '', errors[key] ? `${id}-${key}-error` : ''].filter(Boolean).join(' ') ||
          undefined
        }
      />
      <FieldError id={`${id}-${key}-error`} message={errors[key]} />
    </div>
  );
  return (
    <form
      className="card consent-form consent-request"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-legend`}
    >
      <h3 id={`${id}-legend`}>{t('consents.request.legend')}</h3>
      {general && (
        <p className="notice notice-error" role="alert">
          {general}
        </p>
      )}
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('consents.request.type')}</label>
          <select
            ref={firstField}
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as ConsentType)}
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
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t('consents.request.languageDefault')}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {languageName(intl, l)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {field(
        'description',
        t('consents.request.description'),
        description,
        setDescription,
        t('consents.request.descriptionHint'),
      )}
      <div className="field">
        <label htmlFor={`${id}-requestedOn`}>{t('consents.request.requestedOn')}</label>
        <span id={`${id}-requestedOn-hint`} className="hint">
          {t('consents.request.requestedOnHint')}
        </span>
        <input
          id={`${id}-requestedOn`}
          type="date"
          value={requestedOn}
          onChange={(e) => setRequestedOn(e.target.value)}
          aria-invalid={errors.requestedOn ? true : undefined}
          aria-describedby={[`${id}-requestedOn-hint`, errors.requestedOn ? `${id}-requestedOn-error` : '']
            .filter(Boolean)
            .join(' ')}
        />
        <FieldError id={`${id}-requestedOn-error`} message={errors.requestedOn} />
      </div>
      {release && field('recordsToRelease', t('consents.request.records'), records, setRecords)}
      {release && field('releaseTo', t('consents.request.releaseTo'), releaseTo, setReleaseTo)}
      <div className="consent-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('consents.request.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('consents.cancel')}
        </button>
      </div>
    </form>
  );
}
