/**
 * A student's discipline record for one school year (34 CFR 300.530–300.536): the count of school days of removal
 * against 10, what to do next, each removal (counted or not, and why), the changes of placement with the parents'
 * notice and the manifestation determination, the pattern determinations, and voided records. Staff who may record
 * get the forms; the family reads the same facts with a plain-language introduction. Works at phone width.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { disciplineKeys, getDiscipline } from './api';
import type { DisciplineSummary } from './types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { isNotFound, useApiQuery } from '../ui/query';
import { NoticeForm, VoidForm } from './DecisionForms';
import { MdrForm } from './MdrForm';
import { PatternForm } from './PatternForm';
import { RemovalForm } from './RemovalForm';
import { DecisionCard } from './DecisionCard';
import { CountCard, DeterminationCard, NextSteps, RemovalCard, VoidedList, type Open } from './Summary';
import { useT } from '../i18n';
import { useUser } from '../session';
import './discipline.css';

type OnOpen = (o: Open, from: HTMLElement) => void;

export default function DisciplinePage() {
  const { id = '' } = useParams();
  const t = useT();
  const [params] = useSearchParams();
  const year = params.get('year');
  // Another year keeps showing the one before until it is there (the year's select keeps its focus).
  const query = useApiQuery(disciplineKeys.summary(id, year), (signal) => getDiscipline(id, year, signal), {
    keepPrevious: true,
  });
  const notFound = query.isError && isNotFound(query.error);
  const s = query.data;
  const name = s ? `${s.student.firstName} ${s.student.lastName}` : '';
  useDocumentTitle(
    s ? t('discipline.pageTitle', { name }) : notFound ? t('discipline.notFound') : t('discipline.title'),
  );

  const back = (
    <p className="back-link">
      <Link to={`/students/${encodeURIComponent(id)}`}>
        <span aria-hidden="true">← </span>
        {name ? t('discipline.back', { name }) : t('student.back')}
      </Link>
    </p>
  );
  if (s) return <DisciplineRecord s={s} back={back} name={name} />;
  if (notFound) {
    return (
      <>
        {back}
        <PageHeading>{t('discipline.notFound')}</PageHeading>
        <p>{t('student.notFound.body')}</p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {back}
        <PageHeading>{t('discipline.title')}</PageHeading>
        <ErrorMessage error={query.error} message={t('discipline.error')} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <p role="status" className="list-status">
        {t('common.loading')}
      </p>
    </>
  );
}

/** The record once loaded: the count, the open form, what to do next, and each list. */
function DisciplineRecord({ s, back, name }: { s: DisciplineSummary; back: ReactNode; name: string }) {
  const t = useT();
  const user = useUser();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<Open | null>(null);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const trigger = useRef<HTMLElement | null>(null);

  // The introduction speaks to the reader: staff, a parent, or the student themself (the facts are the same).
  const intro =
    user.abilities.portal === 'student'
      ? 'discipline.intro.student'
      : user.abilities.portal === 'parent'
        ? 'discipline.intro.family'
        : 'discipline.intro.staff';
  const onOpen: OnOpen = (o, from) => {
    trigger.current = from;
    setStatus('');
    setOpen(o);
  };
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => trigger.current?.focus());
  };
  // A write answers with the record: it is shown as it is (under the year asked for, and under its own year).
  const saved = (next: DisciplineSummary, message: string) => {
    client.setQueryData(disciplineKeys.summary(s.student.id, params.get('year')), next);
    client.setQueryData(disciplineKeys.summary(s.student.id, next.schoolYear), next);
    setOpen(null);
    setStatus(message);
    if (next.schoolYear !== s.schoolYear) setParams({ year: next.schoolYear }, { replace: true });
    requestAnimationFrame(() => statusRef.current?.focus());
  };

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
      {open && <OpenForm s={s} open={open} onCancel={close} saved={saved} />}
      <NextSteps s={s} onOpen={onOpen} />
      <RemovalsSection s={s} onOpen={onOpen} />
      <DecisionsSection s={s} onOpen={onOpen} />
      <VoidedList s={s} />
    </>
  );
}

/** The form opened from a button, under a heading that takes focus. */
function OpenForm({
  s,
  open,
  onCancel: close,
  saved,
}: {
  s: DisciplineSummary;
  open: Open;
  onCancel: () => void;
  saved: (next: DisciplineSummary, message: string) => void;
}) {
  const t = useT();
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    formHeading.current?.focus();
  }, [open]);
  const decisionOf = (decisionId: string) => s.decisions.find((d) => d.id === decisionId);
  const openDecision = open.kind === 'notice' || open.kind === 'mdr' ? decisionOf(open.decisionId) : undefined;
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
  );
}

/** The removals, with Record and "pattern of removals" for those who may. */
function RemovalsSection({ s, onOpen }: { s: DisciplineSummary; onOpen: OnOpen }) {
  const t = useT();
  return (
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
  );
}

/** The changes of placement, then the pattern determinations (when there are any). */
function DecisionsSection({ s, onOpen }: { s: DisciplineSummary; onOpen: OnOpen }) {
  const t = useT();
  return (
    <>
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
    </>
  );
}
