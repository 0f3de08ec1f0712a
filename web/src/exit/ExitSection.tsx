/**
 * Leaving special education on the student's page: the exit the student is out on and what it needs (34 CFR 300.102,
 * 300.305(e)), and the summaries of performance (300.305(e)(3)) — written by the team (saved as they type, with the
 * version they edit), provided to the student, printed in English or Spanish. Shown when it matters: an exit, a summary
 * on record, or a student of transition age (for staff who write it). The family sees only what was provided.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api';
import {
  createSummary,
  listSummaries,
  provideSummary,
  saveSummary,
  summaryPdfUrl,
  type SopText,
  type SummaryOfPerformance,
} from './api';
import { useT } from '../i18n';
import { exitReasonLabel } from '../case/labels';
import { formatIsoDate } from '../labels';
import { useLoad } from '../ui/query';
import type { Student } from '../types';
import { draftKey, draftStorage } from '../local-drafts';
import { useUser } from '../session';

const TEXT_FIELDS = [
  'academicAchievement',
  'functionalPerformance',
  'postsecondaryGoals',
  'recommendations',
  'studentPerspective',
] as const satisfies readonly (keyof SopText)[];
type TextField = (typeof TEXT_FIELDS)[number];

export function ExitSection({ student, name }: { student: Pick<Student, 'id' | 'summaryAbilities'>; name: string }) {
  // Asked only when the server says the caller may read it (a refused read would be logged in the family's access log).
  if (!student.summaryAbilities.view) return null;
  return <ExitSectionBody studentId={student.id} name={name} />;
}

function ExitSectionBody({ studentId }: { studentId: string; name: string }) {
  const student = { id: studentId };
  const t = useT();
  const intl = useIntl();
  const [state, reload, update] = useLoad(['exit', 'summaries', student.id], (signal) =>
    listSummaries(student.id, signal),
  );
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A student the caller may not see this for (a teacher): nothing to show.
  if (state.phase === 'error' && isApiError(state.error) && state.error.status === 404) return null;
  if (state.phase === 'loading') return null;
  if (state.phase === 'error') {
    return (
      <section className="record-section" aria-labelledby="exit-heading">
        <h2 id="exit-heading">{t('exit.heading')}</h2>
        <p className="notice notice-error" role="alert">
          {t('common.error.network')}{' '}
          <button type="button" className="button button-secondary button-small" onClick={reload}>
            {t('common.retry')}
          </button>
        </p>
      </section>
    );
  }
  const { data, abilities, exit, relevant } = state.value;
  if (!exit && !relevant) return null;
  const hasDraft = data.some((s) => s.status === 'draft');

  const start = async () => {
    setCreating(true);
    setError(null);
    try {
      const created = await createSummary(student.id);
      update((v) => ({ ...v, data: [created, ...v.data] }));
    } catch (e) {
      setError(isApiError(e) && intl.locale === 'en' ? e.detail : t('common.error.network'));
    } finally {
      setCreating(false);
    }
  };

  return (
    <section className="record-section exit-section" aria-labelledby="exit-heading">
      <h2 id="exit-heading">{t('exit.heading')}</h2>
      {exit ? (
        <div className="card">
          <p data-testid="exit-recorded">
            {t('exit.recorded', {
              date: formatIsoDate(intl, exit.occurredOn),
              reason: exitReasonLabel(intl, exit.reason),
            })}
          </p>
          {exit.requires.length > 0 && (
            <>
              <h3>{t('exit.needs')}</h3>
              <ul>
                {exit.requires.map((r) => (
                  <li key={r}>{t(`exit.need.${r}`)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : (
        abilities.create && <p className="muted">{t('exit.none')}</p>
      )}

      <h3 id="sop-heading">{t('sop.heading')}</h3>
      <p className="hint">{t('sop.intro')}</p>
      {data.length === 0 && <p className="empty">{t('sop.none')}</p>}
      {data.map((s) => (
        <SummaryCard
          key={s.id}
          summary={s}
          onChange={(next) => update((v) => ({ ...v, data: v.data.map((x) => (x.id === next.id ? next : x)) }))}
        />
      ))}
      {abilities.create && !hasDraft && (
        <button type="button" className="button button-secondary" disabled={creating} onClick={() => void start()}>
          {t('sop.new')}
        </button>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

type SaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';
/** This person's copy of the summary's unsaved text (src/local-drafts.ts), and the name it had before. */
const backupKey = (userId: string, id: string) => draftKey('sop', userId, id);
const legacyBackupKey = (id: string) => `openiep.sop.${id}`;
function removeBackup(userId: string, id: string) {
  const s = draftStorage();
  s?.removeItem(backupKey(userId, id));
  s?.removeItem(legacyBackupKey(id));
}

function SummaryCard({
  summary,
  onChange,
}: {
  summary: SummaryOfPerformance;
  onChange: (next: SummaryOfPerformance) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const pdf = (
    <p className="sop-pdfs">
      {(['en', 'es'] as const).map((lang) => (
        <a
          key={lang}
          className="button button-secondary button-small"
          href={summaryPdfUrl(summary.id, lang)}
          target="_blank"
          rel="noopener"
        >
          {t('sop.pdf', { language: t(`language.${lang}`) })}
        </a>
      ))}
    </p>
  );
  if (!summary.abilities.edit) {
    return (
      <article className="card sop-card" aria-labelledby={`${id}-title`} data-testid="sop">
        <h4 id={`${id}-title`}>
          {summary.status === 'provided' && summary.providedOn
            ? t('sop.provided', { date: formatIsoDate(intl, summary.providedOn), name: summary.providedByName ?? '' })
            : t('sop.draft')}
        </h4>
        <dl className="facts">
          {TEXT_FIELDS.filter((f) => summary[f].trim() !== '').map((f) => (
            <div className="fact" key={f}>
              <dt>{t(`sop.field.${f}`)}</dt>
              <dd className="preserve-lines">{summary[f]}</dd>
            </div>
          ))}
        </dl>
        {pdf}
      </article>
    );
  }
  return <SummaryEditor summary={summary} onChange={onChange} pdf={pdf} />;
}

function SummaryEditor({
  summary,
  onChange,
  pdf,
}: {
  summary: SummaryOfPerformance;
  onChange: (next: SummaryOfPerformance) => void;
  pdf: React.ReactNode;
}) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const userId = useUser().id;
  const restored = readBackup(userId, summary);
  const [values, setValues] = useState<Record<TextField, string>>(() => restored ?? pick(summary));
  const [language, setLanguage] = useState<'en' | 'es'>(summary.language === 'es' ? 'es' : 'en');
  const [save, setSave] = useState<SaveState>(restored ? 'unsaved' : 'saved');
  const [problem, setProblem] = useState<string | null>(null);
  const base = useRef(summary);
  const timer = useRef<number | null>(null);
  // The save under way, if any: a later save (or providing) waits for it, so it sends the version that save returns.
  const inflight = useRef<Promise<void> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    while (inflight.current) await inflight.current;
    const current = base.current;
    const patch: Partial<SopText> & { language?: 'en' | 'es' } = {};
    for (const f of TEXT_FIELDS) if (values[f] !== current[f]) patch[f] = values[f];
    if (language !== current.language) patch.language = language;
    if (Object.keys(patch).length === 0) {
      setSave('saved');
      return;
    }
    setSave('saving');
    const run = (async () => {
      try {
        const next = await saveSummary(current.id, current.version, patch);
        base.current = next;
        removeBackup(userId, current.id);
        onChange(next);
        setSave('saved');
      } catch (e) {
        setSave(isApiError(e) && (e.status === 409 || e.status === 412) ? 'conflict' : 'error');
      }
    })();
    inflight.current = run;
    await run;
    inflight.current = null;
  }, [values, language, onChange, userId]);

  // Saved a moment after typing stops; a copy stays in this browser until the server has it.
  useEffect(() => {
    if (save !== 'unsaved') return;
    try {
      draftStorage()?.setItem(
        backupKey(userId, summary.id),
        JSON.stringify({
          version: base.current.version,
          values,
          studentId: summary.studentId,
          at: new Date().toISOString(),
        }),
      );
    } catch {
      /* storage full or blocked: the server save still runs */
    }
    timer.current = window.setTimeout(() => void flush(), 1200);
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [values, language, save, flush, summary.id, summary.studentId, userId]);

  const edit = (f: TextField, v: string) => {
    setValues((old) => ({ ...old, [f]: v }));
    setSave('unsaved');
    setProblem(null);
  };

  const provide = async () => {
    await flush();
    setProblem(null);
    try {
      const next = await provideSummary(base.current.id, base.current.version);
      removeBackup(userId, summary.id);
      onChange(next);
    } catch (e) {
      if (isApiError(e) && e.status === 422)
        setProblem(t('sop.missing', { fields: e.errors.map((x) => t(`sop.field.${x.path as TextField}`)).join(', ') }));
      else setProblem(isApiError(e) && intl.locale === 'en' ? e.detail : t('common.error.network'));
    }
  };

  const missing = new Set(summary.missing.map((m) => m.path));
  return (
    <article className="card sop-card" aria-labelledby={`${id}-title`} data-testid="sop-editor">
      <h4 id={`${id}-title`}>{t('sop.draft')}</h4>
      {TEXT_FIELDS.map((f) => (
        <div className="field" key={f}>
          <label htmlFor={`${id}-${f}`}>{t(`sop.field.${f}`)}</label>
          <textarea
            id={`${id}-${f}`}
            rows={f === 'studentPerspective' ? 3 : 5}
            value={values[f]}
            aria-invalid={problem && missing.has(f) && !values[f].trim() ? true : undefined}
            onChange={(e) => edit(f, e.target.value)}
            onBlur={() => void flush()}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('sop.field.language')}</label>
        <select
          id={`${id}-language`}
          value={language}
          onChange={(e) => {
            setLanguage(e.target.value === 'es' ? 'es' : 'en');
            setSave('unsaved');
          }}
        >
          <option value="en">{t('language.en')}</option>
          <option value="es">{t('language.es')}</option>
        </select>
      </div>
      <p className="save-status" role="status" data-testid="sop-save-status">
        {save === 'saving'
          ? t('plan.save.saving')
          : save === 'saved'
            ? t('sop.saved')
            : save === 'conflict'
              ? t('sop.stale')
              : save === 'error'
                ? t('sop.notSaved')
                : t('sop.unsaved')}
      </p>
      <div className="plan-actions-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void flush()}
          disabled={save === 'saving'}
        >
          {t('sop.save')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void provide()}>
          {t('sop.provide')}
        </button>
      </div>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {pdf}
    </article>
  );
}

function pick(s: SummaryOfPerformance): Record<TextField, string> {
  return Object.fromEntries(TEXT_FIELDS.map((f) => [f, s[f]])) as Record<TextField, string>;
}

/** Text typed here that the server never got (a failed save, a closed tab), for the version it was typed on. */
function readBackup(userId: string, s: SummaryOfPerformance): Record<TextField, string> | null {
  try {
    const storage = draftStorage();
    const raw = storage?.getItem(backupKey(userId, s.id)) ?? storage?.getItem(legacyBackupKey(s.id));
    if (!raw) return null;
    const b = JSON.parse(raw) as { version?: number; values?: Record<string, unknown> };
    if (b.version !== s.version || !b.values) return null;
    const values = pick(s);
    for (const f of TEXT_FIELDS) if (typeof b.values[f] === 'string') values[f] = b.values[f];
    return TEXT_FIELDS.some((f) => values[f] !== s[f]) ? values : null;
  } catch {
    return null;
  }
}
