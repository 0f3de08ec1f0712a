/**
 * Prior written notices (34 CFR 300.503) on the student page. The family reads the notices issued to them (the
 * seven elements, and the PDF in English or Spanish). Staff start a notice, write its seven elements with a live
 * completeness check (each missing element named with its citation, computed by the same pure rule the server
 * applies), save it (If-Match), and issue it.
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { createNotice, noticePdfUrl, type Notice } from './api';
import { NoticeEditor } from './NoticeEditor';
import { createNoticeSchema } from '../../../src/api/consents';
import {
  NOTICE_ACTIONS,
  NOTICE_SUBJECTS,
  PWN_ELEMENTS,
  type NoticeAction,
  type NoticeSubject,
} from '../../../src/domain/prior-written-notice';
import { useForm } from '../ui/form';
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
  const form = useForm({
    initial: { action: 'proposes' as NoticeAction, subject: 'reevaluation' as NoticeSubject },
    schema: createNoticeSchema,
    onSubmit: async (body) => {
      const n = await createNotice(studentId, body);
      setOpen(false);
      onCreated(n);
    },
  });
  const { action, subject } = form.values;
  const error = form.error
    ? isApiError(form.error) && form.error.status === 403
      ? t('common.error.forbidden')
      : t('common.error.generic')
    : null;
  if (!open) {
    return (
      <p>
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('notices.start')}
        </button>
      </p>
    );
  }
  return (
    <form className="card consent-form" onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-legend`}>
      <h4 id={`${id}-legend`}>{t('notices.start')}</h4>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('notices.editor.action')}</label>
          <select
            id={`${id}-action`}
            value={action}
            onChange={(e) => form.set('action', e.target.value as NoticeAction)}
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
            onChange={(e) => form.set('subject', e.target.value as NoticeSubject)}
          >
            {NOTICE_SUBJECTS.map((s) => (
              <option key={s} value={s}>
                {t(`notices.subject.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="consent-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {t('notices.start')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('consents.cancel')}
        </button>
      </div>
    </form>
  );
}
