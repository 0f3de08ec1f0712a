/**
 * A student's discipline record for one school year (34 CFR 300.530–300.536): the count of school days of removal
 * against 10, what to do next, each removal (counted or not, and why), the changes of placement with the parents'
 * notice and the manifestation determination, the pattern determinations, and voided records. Staff who may record
 * get the forms; the family reads the same facts with a plain-language introduction. Works at phone width.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getDiscipline } from './api';
import type { DisciplineSummary } from './types';
import { isAbort, isApiError } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { NoticeForm, VoidForm } from './DecisionForms';
import { MdrForm } from './MdrForm';
import { PatternForm } from './PatternForm';
import { RemovalForm } from './RemovalForm';
import { CountCard, DecisionCard, DeterminationCard, NextSteps, RemovalCard, VoidedList, type Open } from './Summary';
import { useT } from '../i18n';
import { useUser } from '../session';
import './discipline.css';

type State =
  | { phase: 'loading' }
  | { phase: 'notFound' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; s: DisciplineSummary };

export default function DisciplinePage() {
  const { id = '' } = useParams();
  const t = useT();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const year = params.get('year');
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState<Open | null>(null);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const trigger = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getDiscipline(id, year, controller.signal).then(
      (s) => setState({ phase: 'ready', s }),
      (error: unknown) => {
        if (isAbort(error)) return;
        if (isApiError(error) && (error.status === 404 || error.status === 400)) setState({ phase: 'notFound' });
        else setState({ phase: 'error', error });
      },
    );
    return () => controller.abort();
  }, [id, year, attempt]);

  useEffect(() => {
    if (open) formHeading.current?.focus();
  }, [open]);

  const name = state.phase === 'ready' ? `${state.s.student.firstName} ${state.s.student.lastName}` : '';
  useDocumentTitle(
    state.phase === 'ready'
      ? t('discipline.pageTitle', { name })
      : state.phase === 'notFound'
        ? t('discipline.notFound')
        : t('discipline.title'),
  );

  const back = (
    <p className="back-link">
      <Link to={`/students/${encodeURIComponent(id)}`}>
        <span aria-hidden="true">← </span>
        {name ? t('discipline.back', { name }) : t('student.back')}
      </Link>
    </p>
  );
  if (state.phase === 'loading') {
    return (
      <>
        {back}
        <p role="status" className="list-status">
          {t('common.loading')}
        </p>
      </>
    );
  }
  if (state.phase === 'notFound') {
    return (
      <>
        {back}
        <PageHeading>{t('discipline.notFound')}</PageHeading>
        <p>{t('student.notFound.body')}</p>
      </>
    );
  }
  if (state.phase === 'error') {
    return (
      <>
        {back}
        <PageHeading>{t('discipline.title')}</PageHeading>
        <ErrorMessage error={state.error} message={t('discipline.error')} onRetry={() => setAttempt((n) => n + 1)} />
      </>
    );
  }

  const s = state.s;
  // The introduction speaks to the reader: staff, a parent, or the student themself (the facts are the same).
  const intro =
    user.abilities.portal === 'student'
      ? 'discipline.intro.student'
      : user.abilities.portal === 'parent'
        ? 'discipline.intro.family'
        : 'discipline.intro.staff';
  const onOpen = (o: Open, from: HTMLElement) => {
    trigger.current = from;
    setStatus('');
    setOpen(o);
  };
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => trigger.current?.focus());
  };
  const saved = (next: DisciplineSummary, message: string) => {
    setState({ phase: 'ready', s: next });
    setOpen(null);
    setStatus(message);
    if (next.schoolYear !== s.schoolYear) setParams({ year: next.schoolYear }, { replace: true });
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const decisionOf = (decisionId: string) => s.decisions.find((d) => d.id === decisionId);
  const openDecision =
    open && (open.kind === 'notice' || open.kind === 'mdr') ? decisionOf(open.decisionId) : undefined;
  const formTitle = (o: Open) =>
    o.kind === 'removal'
      ? t('discipline.form.removal.title')
      : o.kind === 'pattern'
        ? t('discipline.form.pattern.title')
        : o.kind === 'notice'
          ? t('discipline.form.notice.title')
          : o.kind === 'mdr'
            ? t('discipline.form.mdr.title')
            : t('discipline.void.title', { what: o.what });

  return (
    <>
      {back}
      <div className="record-head">
        <PageHeading>{t('discipline.pageTitle', { name })}</PageHeading>
        <p className="lede">{s.student.schoolName}</p>
      </div>
      <p className="discipline-intro">{t(intro)}</p>

      {s.years.length > 1 && (
        <div className="field discipline-year">
          <label htmlFor="discipline-year">{t('discipline.schoolYear')}</label>
          <select id="discipline-year" value={s.schoolYear} onChange={(e) => setParams({ year: e.target.value })}>
            {s.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}

      <p ref={statusRef} tabIndex={-1} role="status" className={status ? 'notice notice-success' : 'visually-hidden'}>
        {status}
      </p>

      <CountCard s={s} />

      {open && (
        <section className="card discipline-form-card" aria-labelledby="discipline-form-heading">
          <h2 id="discipline-form-heading" ref={formHeading} tabIndex={-1}>
            {formTitle(open)}
          </h2>
          {open.kind === 'removal' && (
            <RemovalForm
              studentId={s.student.id}
              today={s.asOf}
              onCancel={close}
              onDone={(r) => saved(r.discipline, t('discipline.saved.removal'))}
            />
          )}
          {open.kind === 'pattern' && (
            <PatternForm
              summary={s}
              removalId={open.removalId}
              onCancel={close}
              onDone={(r) => saved(r.discipline, t('discipline.saved.pattern'))}
            />
          )}
          {open.kind === 'notice' && openDecision && (
            <NoticeForm
              summary={s}
              decision={openDecision}
              onCancel={close}
              onDone={(r) => saved(r.discipline, t('discipline.saved.notice'))}
            />
          )}
          {open.kind === 'mdr' && openDecision && (
            <MdrForm
              summary={s}
              decision={openDecision}
              onCancel={close}
              onDone={(r) => saved(r.discipline, t('discipline.saved.mdr'))}
            />
          )}
          {open.kind === 'void' && (
            <VoidForm
              recordId={open.recordId}
              onCancel={close}
              onDone={(next) => saved(next, t('discipline.saved.void'))}
            />
          )}
        </section>
      )}

      <NextSteps s={s} onOpen={onOpen} />

      <section className="record-section" aria-labelledby="discipline-removals-heading">
        <div className="discipline-section-head">
          <h2 id="discipline-removals-heading">{t('discipline.removals.heading')}</h2>
          {s.abilities.record && (
            <div className="discipline-buttons">
              <button
                type="button"
                className="button button-primary"
                onClick={(ev) => onOpen({ kind: 'removal' }, ev.currentTarget)}
              >
                {t('discipline.removals.record')}
              </button>
              {s.removals.some((r) => r.counts) && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={(ev) => onOpen({ kind: 'pattern', removalId: null }, ev.currentTarget)}
                >
                  {t('discipline.action.patternAny')}
                </button>
              )}
            </div>
          )}
        </div>
        {s.removals.length === 0 ? (
          <p className="empty">{t('discipline.removals.none')}</p>
        ) : (
          <ul className="discipline-list">
            {s.removals.map((r) => (
              <RemovalCard key={r.id} r={r} s={s} onOpen={onOpen} />
            ))}
          </ul>
        )}
      </section>

      <section className="record-section" aria-labelledby="discipline-decisions-heading">
        <h2 id="discipline-decisions-heading">{t('discipline.decisions.heading')}</h2>
        {s.decisions.length === 0 ? (
          <p className="empty">{t('discipline.decisions.none')}</p>
        ) : (
          <ul className="discipline-list">
            {s.decisions.map((c) => (
              <DecisionCard key={c.id} c={c} s={s} onOpen={onOpen} />
            ))}
          </ul>
        )}
      </section>

      {s.determinations.length > 0 && (
        <section className="record-section" aria-labelledby="discipline-determinations-heading">
          <h2 id="discipline-determinations-heading">{t('discipline.determinations.heading')}</h2>
          <ul className="discipline-list">
            {s.determinations.map((p) => (
              <DeterminationCard key={p.id} p={p} s={s} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      )}

      <VoidedList s={s} />
    </>
  );
}
