/**
 * /plans/:id — one plan. A draft the person may change opens in the editor (autosave, findings, goal
 * checks, conflicts, finalize); anything else is read. Loaded on demand (see App.tsx).
 */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { getStudent, isAbort, isApiError } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { PlanEditor } from './PlanEditor';
import { studentName } from './PlanHead';
import { PlanReader } from './PlanReader';
import { ProgressReports } from './ProgressReports';
import { useT } from '../i18n';
import { planTypeLongLabel } from '../labels';
import { getPlan } from './api';
import { useUser } from '../session';
import type { Plan } from '../types';

type PageState =
  | { phase: 'loading' }
  | { phase: 'notFound' }
  | { phase: 'error'; error: unknown }
  | { phase: 'ready'; plan: Plan; name: string; grade: string | null; finalized: boolean };

export default function PlanPage() {
  const { id = '' } = useParams();
  const t = useT();
  const user = useUser();
  const [state, setState] = useState<PageState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ phase: 'loading' });
    (async () => {
      const plan = await getPlan(id, controller.signal);
      // The student's name heads the page; a plan is only visible through a student the person may see.
      const student = await getStudent(plan.studentId, controller.signal);
      setState({ phase: 'ready', plan, name: studentName(student), grade: student.grade ?? null, finalized: false });
    })().catch((error: unknown) => {
      if (isAbort(error)) return;
      if (isApiError(error) && (error.status === 404 || error.status === 400)) setState({ phase: 'notFound' });
      else setState({ phase: 'error', error });
    });
    return () => controller.abort();
  }, [id, attempt]);

  const intl = useIntl();
  const title =
    state.phase === 'ready'
      ? t('plan.title', { type: planTypeLongLabel(intl, state.plan.type), name: state.name })
      : state.phase === 'notFound'
        ? t('plan.notFound.title')
        : state.phase === 'error'
          ? t('plan.error')
          : t('plan.loading');
  useDocumentTitle(title);

  if (state.phase === 'loading') {
    return (
      <p role="status" className="list-status">
        {t('plan.loading')}
      </p>
    );
  }
  if (state.phase === 'notFound') {
    return (
      <>
        <PageHeading>{t('plan.notFound.title')}</PageHeading>
        <p>{t('plan.notFound.body')}</p>
      </>
    );
  }
  if (state.phase === 'error') {
    return (
      <>
        <PageHeading>{t('plan.error')}</PageHeading>
        <ErrorMessage error={state.error} message={t('plan.error')} onRetry={() => setAttempt((n) => n + 1)} />
      </>
    );
  }
  const { plan, name, grade } = state;
  if (plan.abilities.editSections.length > 0) {
    return (
      <PlanEditor
        key={`${plan.id}:${user.id}`}
        initialPlan={plan}
        name={name}
        grade={grade}
        user={user}
        onReplaced={(next) => {
          setState({
            phase: 'ready',
            plan: next,
            name,
            grade,
            finalized: next.status === 'active' || next.status === 'awaiting_consent',
          });
          window.scrollTo({ top: 0 });
        }}
      />
    );
  }
  return (
    <>
      <PlanReader
        plan={plan}
        name={name}
        finalized={state.finalized}
        onReplaced={(next) =>
          setState({
            phase: 'ready',
            plan: next,
            name,
            grade,
            finalized: next.status === 'active' || next.status === 'awaiting_consent',
          })
        }
      />
      {plan.type === 'iep' &&
        (plan.status === 'active' || plan.status === 'superseded') &&
        plan.abilities.viewSections.includes('goals') && <ProgressReports planId={plan.id} />}
    </>
  );
}
