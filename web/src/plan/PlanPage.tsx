/**
 * /plans/:id — one plan. A draft the person may change opens in the editor (autosave, findings, goal
 * checks, conflicts, finalize); anything else is read. Loaded on demand (see App.tsx).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { getStudent } from '../students/api';
import { isNotFound, useApiQuery } from '../ui/query';
import { planPageKey } from './keys';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageHeading, useDocumentTitle } from '../ui/Page';
import { PlanEditor } from './PlanEditor';
import { studentName } from './PlanHead';
import { PlanReader } from './PlanReader';
import { ProgressReports } from './ProgressReports';
import { useT } from '../i18n';
import { planTypeLongLabel } from '../labels';
import { getPlan } from './api';
import { useUser } from '../session';
import type { Plan } from '../types';

/** The plan, with the student's name and grade that head the page (a plan is only visible through its student). */
async function loadPage(id: string, signal: AbortSignal): Promise<{ plan: Plan; name: string; grade: string | null }> {
  const plan = await getPlan(id, signal);
  const student = await getStudent(plan.studentId, signal);
  return { plan, name: studentName(student), grade: student.grade };
}

const isFinal = (plan: Plan) => plan.status === 'active' || plan.status === 'awaiting_consent';

export default function PlanPage() {
  const { id = '' } = useParams();
  const t = useT();
  const intl = useIntl();
  const user = useUser();
  const client = useQueryClient();
  const query = useApiQuery(planPageKey(id), (signal) => loadPage(id, signal));
  // The plan this page finalized (the reader then says so), if any.
  const [finalizedId, setFinalizedId] = useState<string | null>(null);
  const notFound = query.isError && isNotFound(query.error);

  const title = query.data
    ? t('plan.title', { type: planTypeLongLabel(intl, query.data.plan.type), name: query.data.name })
    : notFound
      ? t('plan.notFound.title')
      : query.isError
        ? t('plan.error')
        : t('plan.loading');
  useDocumentTitle(title);

  if (query.isPending) {
    return (
      <p role="status" className="list-status">
        {t('plan.loading')}
      </p>
    );
  }
  if (notFound) {
    return (
      <>
        <PageHeading>{t('plan.notFound.title')}</PageHeading>
        <p>{t('plan.notFound.body')}</p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeading>{t('plan.error')}</PageHeading>
        <ErrorMessage error={query.error} message={t('plan.error')} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const { plan, name, grade } = query.data;
  const replaced = (next: Plan) => {
    client.setQueryData(planPageKey(id), { plan: next, name, grade });
    setFinalizedId(isFinal(next) ? next.id : null);
  };
  if (plan.abilities.editSections.length > 0) {
    return (
      <PlanEditor
        key={`${plan.id}:${user.id}`}
        initialPlan={plan}
        name={name}
        grade={grade}
        user={user}
        onReplaced={(next) => {
          replaced(next);
          window.scrollTo({ top: 0 });
        }}
      />
    );
  }
  return (
    <>
      <PlanReader plan={plan} name={name} finalized={finalizedId === plan.id} onReplaced={replaced} />
      {plan.type === 'iep' &&
        (plan.status === 'active' || plan.status === 'superseded') &&
        plan.abilities.viewSections.includes('goals') && <ProgressReports planId={plan.id} />}
    </>
  );
}
