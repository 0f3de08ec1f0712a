/**
 * Get ready for a meeting: the child's meetings still to come, each with the parent's own checklist (what to do
 * before, and notes: questions, strengths, concerns, what is working, what to ask for), saved and shared with the
 * team when the parent chooses. The meetings list belongs to the meetings feature; without it, this says so.
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { FAMILY_LIMITS, PREPARATION_ITEMS, PREPARATION_NOTES, type PreparationItem } from '../../../src/domain/family';
import { isApiError, isStale } from '../api';
import {
  getPreparation,
  savePreparation,
  sharePreparation,
  upcomingMeetings,
  type PortalMeeting,
  type Preparation,
} from './api';
import { isMessageId, useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { Help } from '../ui/Help';
import { TextBox } from './TextBox';
import { useLoad } from '../ui/query';
import { preparationKey, upcomingMeetingsKey } from './keys';

export function PrepareCard({ studentId, canPrepare }: { studentId: string; canPrepare: boolean }) {
  const t = useT();
  const [state] = useLoad(upcomingMeetingsKey(studentId), (signal) =>
    upcomingMeetings(studentId, signal).catch((e: unknown) => {
      // No meetings list (yet) for this student: nothing to prepare for.
      if (isApiError(e) && e.status === 404) return [] as PortalMeeting[];
      throw e;
    }),
  );
  return (
    <section
      id="family-prepare"
      className="card family-card"
      aria-labelledby="family-prepare-heading"
      aria-busy={state.phase === 'loading'}
      tabIndex={-1}
    >
      <h3 id="family-prepare-heading">{t('portal.prepare.title')}</h3>
      <Help topic="prepare-meeting" />
      {state.phase === 'error' && <p className="notice notice-info">{t('portal.prepare.unavailable')}</p>}
      {state.phase === 'ready' && state.value.length === 0 && <p className="empty">{t('portal.prepare.none')}</p>}
      {state.phase === 'ready' &&
        state.value.map((m) => <MeetingChecklist key={m.id} meeting={m} canPrepare={canPrepare} />)}
    </section>
  );
}

function MeetingChecklist({ meeting, canPrepare }: { meeting: PortalMeeting; canPrepare: boolean }) {
  const t = useT();
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const purposeKey = `portal.purpose.${meeting.purpose}`;
  const purpose = isMessageId(purposeKey) ? t(purposeKey) : t('portal.purpose.other');
  const [h, m] = meeting.startTime.split(':').map(Number);
  const time = intl.formatTime(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0), {
    timeZone: 'UTC',
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <div className="family-meeting" data-testid="family-meeting">
      <p className="family-meeting-title">
        {t('portal.prepare.meeting', { purpose, date: formatIsoDate(intl, meeting.date), time })}
      </p>
      {canPrepare && (
        <>
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((o) => !o)}
          >
            {t('portal.prepare.open')}
          </button>
          <div id={panelId} hidden={!open}>
            {open && <Checklist meetingId={meeting.id} />}
          </div>
        </>
      )}
    </div>
  );
}

type Draft = { items: PreparationItem[]; notes: Record<(typeof PREPARATION_NOTES)[number], string> };

function Checklist({ meetingId }: { meetingId: string }) {
  const t = useT();
  const intl = useIntl();
  const [state, reload, update] = useLoad(preparationKey(meetingId), (signal) => getPreparation(meetingId, signal));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string; stale?: boolean } | null>(null);

  if (state.phase === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (state.phase === 'error') {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t('portal.error.load')}</p>
        <button type="button" className="button button-secondary" onClick={reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const saved: Preparation = state.value;
  const current: Draft = draft ?? { items: [...saved.checklist.items], notes: { ...saved.checklist.notes } };
  const set = (next: Draft) => {
    setDraft(next);
    setMessage(null);
  };
  const toggle = (item: PreparationItem, on: boolean) =>
    set({ ...current, items: on ? [...current.items, item] : current.items.filter((i) => i !== item) });

  const save = async (): Promise<Preparation | null> => {
    setPending(true);
    setMessage(null);
    try {
      const next = await savePreparation(meetingId, saved.version, { items: current.items, notes: current.notes });
      update(() => next);
      setDraft(null);
      setMessage({ ok: true, text: t('portal.prepare.saved') });
      return next;
    } catch (e) {
      setMessage(
        isStale(e)
          ? { ok: false, text: t('portal.prepare.stale'), stale: true }
          : { ok: false, text: t('portal.error.send') },
      );
      return null;
    } finally {
      setPending(false);
    }
  };
  const share = async () => {
    const ok = draft || saved.version === 0 ? await save() : saved;
    if (!ok) return;
    setPending(true);
    try {
      const next = await sharePreparation(meetingId);
      update(() => next);
      setMessage({
        ok: true,
        text: t('portal.prepare.shared', {
          date: intl.formatDate(next.sharedAt ?? new Date(), { dateStyle: 'medium' }),
        }),
      });
    } catch {
      setMessage({ ok: false, text: t('portal.error.send') });
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="family-checklist"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="hint">
        {t('portal.prepare.progress', saved.progress)} ·{' '}
        {saved.sharedAt
          ? t('portal.prepare.shared', { date: intl.formatDate(saved.sharedAt, { dateStyle: 'medium' }) })
          : t('portal.prepare.private')}
      </p>
      <fieldset className="field">
        <legend>{t('portal.prepare.itemsLegend')}</legend>
        {PREPARATION_ITEMS.map((item) => (
          <div className="field field-check" key={item}>
            <input
              id={`${meetingId}-${item}`}
              type="checkbox"
              checked={current.items.includes(item)}
              onChange={(e) => toggle(item, e.target.checked)}
            />
            <label htmlFor={`${meetingId}-${item}`}>{t(`portal.prepare.item.${item}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('portal.prepare.notesLegend')}</legend>
        {PREPARATION_NOTES.map((note) => (
          <TextBox
            key={note}
            name={note}
            label={t(`portal.prepare.note.${note}`)}
            value={current.notes[note]}
            onChange={(v) => set({ ...current, notes: { ...current.notes, [note]: v } })}
            max={FAMILY_LIMITS.checklistNote}
            rows={3}
          />
        ))}
      </fieldset>
      <div className="family-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('portal.prepare.saving') : t('portal.prepare.save')}
        </button>
        <button type="button" className="button button-secondary" disabled={pending} onClick={() => void share()}>
          {t('portal.prepare.share')}
        </button>
      </div>
      <p
        role="status"
        className={
          message ? `notice ${message.ok ? 'notice-success' : 'notice-error'} family-message` : 'family-message-empty'
        }
      >
        {message?.text}
      </p>
      {message?.stale && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            // What the other window saved is shown; nothing typed here was saved over it.
            setDraft(null);
            setMessage(null);
            reload();
          }}
        >
          {t('common.reload')}
        </button>
      )}
    </form>
  );
}
