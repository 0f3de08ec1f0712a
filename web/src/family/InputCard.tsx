/** The family's own words for the next IEP: a parent's concerns, or the student's input, and what they have sent. */
import { useState, type SyntheticEvent } from 'react';
import { useIntl } from 'react-intl';
import { FAMILY_LIMITS } from '../../../src/domain/family';
import { addFamilyInput, type FamilyInput, type FamilyInputList } from './api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { HelpRow } from '../ui/Help';
import { TextBox } from './TextBox';

export function InputCard({
  studentId,
  list,
  onAdded,
}: {
  studentId: string;
  list: FamilyInputList;
  onAdded: (row: FamilyInput) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const kind = list.abilities.addInput;
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const isStudent = kind === 'student_input' || list.portalOpensOn !== null;
  const titleKind = isStudent ? 'student_input' : 'parent_concern';

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!kind) return;
    if (!text.trim()) {
      setMessage({ ok: false, text: t('portal.input.required') });
      return;
    }
    setPending(true);
    setMessage(null);
    try {
      const row = await addFamilyInput(studentId, text);
      onAdded(row);
      setText('');
      setMessage({ ok: true, text: t('portal.input.sent') });
    } catch {
      setMessage({ ok: false, text: t('portal.error.send') });
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card family-card" aria-labelledby="family-input-heading">
      <h3 id="family-input-heading">{t(`portal.input.title.${titleKind}`)}</h3>
      <HelpRow topics={isStudent ? ['student-input', 'transition'] : ['who-attends']} />
      {list.portalOpensOn && (
        <p className="notice notice-info">
          {t('portal.input.opensOn', { date: formatIsoDate(intl, list.portalOpensOn) })}
        </p>
      )}
      {!kind && !list.portalOpensOn && <p className="notice notice-info">{t('portal.input.notAllowed')}</p>}
      {kind && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextBox
            name="text"
            label={t(`portal.input.label.${kind}`)}
            hint={t('portal.input.hint')}
            value={text}
            onChange={setText}
            max={FAMILY_LIMITS.inputText}
            rows={5}
            invalid={message?.ok === false}
            errorId="family-input-message"
          />
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('portal.input.sending') : t('portal.input.submit')}
          </button>
        </form>
      )}
      <p
        id="family-input-message"
        role="status"
        className={
          message ? `notice ${message.ok ? 'notice-success' : 'notice-error'} family-message` : 'family-message-empty'
        }
      >
        {message?.text}
      </p>
      {list.data.length > 0 && (
        <>
          <h4>{t('portal.input.history')}</h4>
          <ul className="family-list">
            {list.data.map((i) => (
              <li key={i.id} data-testid="family-input-item">
                <p className="family-text">{i.text}</p>
                <p className="family-meta">
                  {t('portal.input.sentOn', { date: intl.formatDate(i.createdAt, { dateStyle: 'medium' }) })}
                  {i.planId ? (
                    <span className="badge family-badge-done">{t('portal.input.added')}</span>
                  ) : i.acknowledgedByName ? (
                    <span className="badge family-badge-read">
                      {t('portal.input.readBy', { name: i.acknowledgedByName })}
                    </span>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
