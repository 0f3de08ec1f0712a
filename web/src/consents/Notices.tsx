/**
 * Prior written notices (34 CFR 300.503) on the student page. The family reads the notices issued to them (the
 * seven elements, and the PDF in English or Spanish). Staff start a notice, write its seven elements with a live
 * completeness check (each missing element named with its citation, computed by the same pure rule the server
 * applies), save it (If-Match), and issue it.
 */
import { useId, useMemo, useState, type SyntheticEvent } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { formatIsoDate, languageName } from '../labels';
import { createNotice, issueNotice, noticePdfUrl, saveNotice, type Notice } from './api';
import {
  noticeFindings,
  NOTICE_ACTIONS,
  NOTICE_SUBJECTS,
  PWN_ELEMENTS,
  type NoticeAction,
  type NoticeSubject,
  type PwnElements,
} from '../../../src/domain/prior-written-notice';
import { LOCALES } from '../../../src/documents/messages';
import { Help } from '../ui/Help';
import { PdfLinks } from './shared';

export function NoticesPanel(props: {
  studentId: string;
  notices: Notice[];
  canCreate: boolean;
  family: boolean;
  onChange: (n: Notice) => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="notices">
      <div className="consent-subhead">
        <h3 id="notices-heading">{t('notices.heading')}</h3>
        <Help topic="prior-notice" />
      </div>
      {props.notices.length === 0 && (
        <p className="empty">{props.family ? t('notices.familyEmpty') : t('notices.empty')}</p>
      )}
      {props.notices.length > 0 && (
        <ul className="plain-list consent-list">
          {props.notices.map((n) =>
            editing === n.id && n.abilities.edit ? (
              <li key={n.id} className="card notice-card">
                <NoticeEditor
                  notice={n}
                  onSaved={props.onChange}
                  onClose={() => setEditing(null)}
                  onIssued={(x) => {
                    props.onChange(x);
                    setEditing(null);
                  }}
                />
              </li>
            ) : (
              <NoticeItem key={n.id} notice={n} onEdit={() => setEditing(n.id)} />
            ),
          )}
        </ul>
      )}
      {props.canCreate && (
        <StartNotice
          studentId={props.studentId}
          onCreated={(n) => {
            props.onChange(n);
            setEditing(n.id);
          }}
        />
      )}
    </div>
  );
}

function noticeTitle(t: ReturnType<typeof useT>, n: { action: NoticeAction; subject: NoticeSubject }) {
  return t('notices.title', { action: n.action, subject: t(`notices.subject.${n.subject}`) });
}

function NoticeItem({ notice: n, onEdit }: { notice: Notice; onEdit: () => void }) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const title = noticeTitle(t, n);
  return (
    <li className="card notice-card" data-testid="notice" aria-labelledby={headingId}>
      <div className="consent-head">
        <h4 id={headingId} lang={n.language}>
          {title}
        </h4>
        <span className={`badge badge-notice-${n.status}`}>{t(`notices.status.${n.status}`)}</span>
      </div>
      <p className="muted consent-meta">
        {n.status === 'issued' && n.issuedOn && n.issuedByName
          ? t('notices.issuedOn', { date: formatIsoDate(intl, n.issuedOn), name: n.issuedByName })
          : t('notices.draftBy', { name: n.createdByName })}
      </p>
      {n.status === 'draft' && n.findings.some((f) => f.severity === 'error') && (
        <p className="notice-missing">
          {t('notices.editor.missing', { count: n.findings.filter((f) => f.severity === 'error').length })}{' '}
          {n.findings
            .filter((f) => f.severity === 'error')
            .map((f) => f.citation.replace('34 CFR ', ''))
            .join(', ')}
        </p>
      )}
      <details className="notice-read">
        <summary>{t('notices.read')}</summary>
        <dl className="notice-elements" lang={n.language}>
          {PWN_ELEMENTS.map((e) => (
            <div key={e.key}>
              <dt>{t(`notices.element.${e.key}`)}</dt>
              <dd>{n.elements[e.key] || <span className="muted">{t('common.notRecorded')}</span>}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="consent-actions">
        {n.abilities.edit && (
          <button type="button" className="button button-secondary button-small" onClick={onEdit}>
            {t('notices.edit')}
          </button>
        )}
      </div>
      {n.abilities.print && <PdfLinks url={(lang) => noticePdfUrl(n.id, lang)} title={title} />}
    </li>
  );
}

function StartNotice({ studentId, onCreated }: { studentId: string; onCreated: (n: Notice) => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<NoticeAction>('proposes');
  const [subject, setSubject] = useState<NoticeSubject>('reevaluation');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('notices.start')}
        </button>
      </p>
    );
  }
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const n = await createNotice(studentId, { action, subject });
      setOpen(false);
      onCreated(n);
    } catch (err) {
      setError(isApiError(err) && err.status === 403 ? t('common.error.forbidden') : t('common.error.generic'));
    } finally {
      setPending(false);
    }
  };
  return (
    <form className="card consent-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-legend`}>
      <h4 id={`${id}-legend`}>{t('notices.start')}</h4>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('notices.editor.action')}</label>
          <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value as NoticeAction)}>
            {NOTICE_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`notices.action.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-subject`}>{t('notices.editor.subject')}</label>
          <select id={`${id}-subject`} value={subject} onChange={(e) => setSubject(e.target.value as NoticeSubject)}>
            {NOTICE_SUBJECTS.map((s) => (
              <option key={s} value={s}>
                {t(`notices.subject.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="consent-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('notices.start')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('consents.cancel')}
        </button>
      </div>
    </form>
  );
}

function NoticeEditor({
  notice,
  onSaved,
  onIssued,
  onClose,
}: {
  notice: Notice;
  onSaved: (n: Notice) => void;
  onIssued: (n: Notice) => void;
  onClose: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [version, setVersion] = useState(notice.version);
  const [action, setAction] = useState<NoticeAction>(notice.action);
  const [subject, setSubject] = useState<NoticeSubject>(notice.subject);
  const [language, setLanguage] = useState(notice.language);
  const [elements, setElements] = useState<PwnElements>({ ...notice.elements });
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error' | 'issued'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  // The same rule the server applies before issuing, as the case manager types.
  const findings = useMemo(
    () => noticeFindings({ ...elements, language }, notice.parentLanguages, LOCALES),
    [elements, language, notice.parentLanguages],
  );
  const errors = findings.filter((f) => f.severity === 'error');
  const missing = new Map(errors.map((f) => [f.path, f.citation]));

  const edit = (k: keyof PwnElements, v: string) => {
    setElements((e) => ({ ...e, [k]: v }));
    setDirty(true);
    setStatus(null);
  };

  const save = async (): Promise<Notice | null> => {
    try {
      const saved = await saveNotice(notice.id, version, {
        action,
        subject,
        language: language as 'en' | 'es',
        elements,
      });
      setVersion(saved.version);
      setDirty(false);
      onSaved(saved);
      return saved;
    } catch (err) {
      const stale = isApiError(err) && (err.status === 412 || err.status === 409);
      setStatus({ kind: 'error', text: stale ? t('notices.editor.stale') : t('common.error.generic') });
      return null;
    }
  };

  const onSave = async (e: SyntheticEvent) => {
    e.preventDefault();
    setPending(true);
    if (await save()) setStatus({ kind: 'saved', text: t('notices.editor.saved') });
    setPending(false);
  };

  const onIssue = async () => {
    setPending(true);
    setStatus(null);
    const current = dirty ? await save() : { version };
    if (current) {
      try {
        const issued = await issueNotice(notice.id, current.version);
        onIssued(issued);
        return;
      } catch (err) {
        setStatus({
          kind: 'error',
          text:
            isApiError(err) && err.errors.length
              ? err.errors.map((x) => x.message).join(' ')
              : t('common.error.generic'),
        });
      }
    }
    setPending(false);
  };

  return (
    <form className="notice-editor" onSubmit={(e) => void onSave(e)} aria-labelledby={`${id}-legend`} noValidate>
      <h4 id={`${id}-legend`}>{t('notices.editor.legend')}</h4>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('notices.editor.action')}</label>
          <select
            id={`${id}-action`}
            value={action}
            onChange={(e) => {
              setAction(e.target.value as NoticeAction);
              setDirty(true);
            }}
          >
            {NOTICE_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`notices.action.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-subject`}>{t('notices.editor.subject')}</label>
          <select
            id={`${id}-subject`}
            value={subject}
            onChange={(e) => {
              setSubject(e.target.value as NoticeSubject);
              setDirty(true);
            }}
          >
            {NOTICE_SUBJECTS.map((s) => (
              <option key={s} value={s}>
                {t(`notices.subject.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('notices.editor.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => {
              setLanguage(e.target.value);
              setDirty(true);
            }}
            aria-describedby={`${id}-language-hint`}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {languageName(intl, l)}
              </option>
            ))}
          </select>
          <span id={`${id}-language-hint`} className="hint">
            {t('notices.editor.languageHint')}
          </span>
        </div>
      </div>

      <div
        className={`notice ${errors.length ? 'notice-info' : 'notice-success'} notice-completeness`}
        aria-live="polite"
        data-testid="notice-completeness"
      >
        {errors.length === 0 ? (
          <p>{t('notices.editor.complete')}</p>
        ) : (
          <>
            <p>{t('notices.editor.missing', { count: errors.length })}</p>
            <ul>
              {errors.map((f) => (
                <li key={f.rule}>
                  {f.path === 'language'
                    ? t('notices.editor.languageHint')
                    : t(`notices.element.${f.path as keyof PwnElements}`)}{' '}
                  <span className="citation-inline">({f.citation})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {findings
          .filter((f) => f.severity === 'warning')
          .map((f) => (
            <p key={f.rule}>{t('notices.editor.warning', { message: f.message, citation: f.citation })}</p>
          ))}
      </div>

      {PWN_ELEMENTS.map((e) => {
        const miss = missing.get(e.key);
        return (
          <div className="field" key={e.key}>
            <label htmlFor={`${id}-${e.key}`}>{t(`notices.element.${e.key}`)}</label>
            <span id={`${id}-${e.key}-hint`} className="hint">
              {t(`notices.hint.${e.key}`)} <span className="citation-inline">{e.citation}</span>
            </span>
            <textarea
              id={`${id}-${e.key}`}
              rows={3}
              lang={language}
              value={elements[e.key]}
              onChange={(ev) => edit(e.key, ev.target.value)}
              aria-invalid={miss ? true : undefined}
              aria-describedby={`${id}-${e.key}-hint${miss ? ` ${id}-${e.key}-missing` : ''}`}
            />
            {miss && (
              <p id={`${id}-${e.key}-missing`} className="field-error">
                {t('notices.editor.missingInline', { citation: miss })}
              </p>
            )}
          </div>
        );
      })}

      {status && (
        <p
          className={`notice ${status.kind === 'error' ? 'notice-error' : 'notice-success'}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      <div className="consent-actions">
        <button type="submit" className="button button-secondary" disabled={pending}>
          {pending ? t('notices.editor.saving') : t('notices.editor.save')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={pending || errors.length > 0}
          onClick={() => void onIssue()}
        >
          {t('notices.editor.issue')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('notices.close')}
        </button>
      </div>
    </form>
  );
}
