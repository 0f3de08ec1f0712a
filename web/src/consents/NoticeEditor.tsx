/**
 * Staff write a draft prior written notice (34 CFR 300.503): the action, the subject and the language, the seven
 * elements with a live completeness check (each missing element named with its citation, computed by the same pure
 * rule the server applies), Save (If-Match) and Issue (which saves first what was changed).
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { patchNoticeSchema } from '../../../src/api/consents';
import { LOCALES } from '../../../src/documents/messages';
import {
  noticeFindings,
  NOTICE_ACTIONS,
  NOTICE_SUBJECTS,
  PWN_ELEMENTS,
  type NoticeAction,
  type NoticeSubject,
  type PwnElements,
} from '../../../src/domain/prior-written-notice';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { languageName } from '../labels';
import { useForm, type Form } from '../ui/form';
import { issueNotice, saveNotice, type Notice } from './api';

interface NoticeValues {
  action: NoticeAction;
  subject: NoticeSubject;
  language: string;
  elements: PwnElements;
}

type Status = { kind: 'saved' | 'error' | 'issued'; text: string };
type Findings = ReturnType<typeof noticeFindings>;

/** The editor's values, its save (the form's submit) and its issue, with what to say after each. */
function useNoticeEditor(notice: Notice, onSaved: (n: Notice) => void, onIssued: (n: Notice) => void) {
  const t = useT();
  const [version, setVersion] = useState(notice.version);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [issuing, setIssuing] = useState(false);
  // The notice the last save answered (null when it failed), for Issue to go on from; a save for Issue says nothing.
  const saved = useRef<Notice | null>(null);
  const savingToIssue = useRef(false);
  const form = useForm<NoticeValues, z.output<typeof patchNoticeSchema>>({
    initial: { action: notice.action, subject: notice.subject, language: notice.language, elements: notice.elements },
    schema: patchNoticeSchema,
    onSubmit: async (patch) => {
      saved.current = null;
      try {
        const next = await saveNotice(notice.id, version, patch);
        setVersion(next.version);
        setDirty(false);
        onSaved(next);
        saved.current = next;
        if (!savingToIssue.current) setStatus({ kind: 'saved', text: t('notices.editor.saved') });
      } catch (err) {
        const stale = isApiError(err) && (err.status === 412 || err.status === 409);
        setStatus({ kind: 'error', text: stale ? t('notices.editor.stale') : t('common.error.generic') });
        throw err;
      }
    },
  });

  const issue = async () => {
    setIssuing(true);
    setStatus(null);
    let current: { version: number } | null = { version };
    if (dirty) {
      saved.current = null;
      savingToIssue.current = true;
      await form.submit();
      savingToIssue.current = false;
      current = saved.current;
    }
    if (current) {
      try {
        onIssued(await issueNotice(notice.id, current.version));
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
    setIssuing(false);
  };

  const edit = <K extends keyof NoticeValues>(name: K, value: NoticeValues[K]) => {
    form.set(name, value);
    setDirty(true);
  };
  const editElement = (k: keyof PwnElements, v: string) => {
    form.setValues((f) => ({ ...f, elements: { ...f.elements, [k]: v } }));
    setDirty(true);
    setStatus(null);
  };
  return { form, status, pending: form.pending || issuing, issue, edit, editElement };
}

export function NoticeEditor({
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
  const id = useId();
  const { form, status, pending, issue, edit, editElement } = useNoticeEditor(notice, onSaved, onIssued);
  const { elements, language } = form.values;
  // The same rule the server applies before issuing, as the case manager types.
  const findings = useMemo(
    () => noticeFindings({ ...elements, language }, notice.parentLanguages, LOCALES),
    [elements, language, notice.parentLanguages],
  );
  const errors = findings.filter((f) => f.severity === 'error');

  return (
    <form className="notice-editor" onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-legend`} noValidate>
      <h4 id={`${id}-legend`}>{t('notices.editor.legend')}</h4>
      <NoticeHeadFields id={id} form={form} edit={edit} />
      <Completeness findings={findings} />
      <ElementFields id={id} form={form} errors={errors} onChange={editElement} />
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
          onClick={() => void issue()}
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

/** What the notice does, to what, and in which language. */
function NoticeHeadFields({
  id,
  form,
  edit,
}: {
  id: string;
  form: Form<NoticeValues>;
  edit: <K extends keyof NoticeValues>(name: K, value: NoticeValues[K]) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const { action, subject, language } = form.values;
  return (
    <div className="field-grid">
      <div className="field">
        <label htmlFor={`${id}-action`}>{t('notices.editor.action')}</label>
        <select id={`${id}-action`} value={action} onChange={(e) => edit('action', e.target.value as NoticeAction)}>
          {NOTICE_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`notices.action.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-subject`}>{t('notices.editor.subject')}</label>
        <select id={`${id}-subject`} value={subject} onChange={(e) => edit('subject', e.target.value as NoticeSubject)}>
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
          onChange={(e) => edit('language', e.target.value)}
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
  );
}

/** Complete, or each missing element with its citation; warnings after. */
function Completeness({ findings }: { findings: Findings }) {
  const t = useT();
  const errors = findings.filter((f) => f.severity === 'error');
  return (
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
  );
}

/** The seven elements, each with its hint and citation, and what is missing from it. */
function ElementFields({
  id,
  form,
  errors,
  onChange,
}: {
  id: string;
  form: Form<NoticeValues>;
  errors: Findings;
  onChange: (k: keyof PwnElements, v: string) => void;
}) {
  const t = useT();
  const missing = new Map(errors.map((f) => [f.path, f.citation]));
  return PWN_ELEMENTS.map((e) => {
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
          lang={form.values.language}
          value={form.values.elements[e.key]}
          onChange={(ev) => onChange(e.key, ev.target.value)}
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
  });
}
