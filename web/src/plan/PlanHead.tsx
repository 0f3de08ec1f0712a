/** The top of a plan's page: back to the student, the title, and the facts about this plan. */
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale, useT } from '../i18n';
import { formatIsoDate, planStatusLabel, planTypeLongLabel } from '../labels';
import type { Plan } from '../types';
import { PageHeading } from '../ui/Page';

export function studentName(s: { firstName: string; middleName?: string | null; lastName: string }): string {
  return [s.firstName, s.middleName, s.lastName].filter(Boolean).join(' ');
}

export function PlanStatusBadge({ status }: { status: string }) {
  const intl = useIntl();
  return <span className={`badge badge-plan-${status}`}>{planStatusLabel(intl, status)}</span>;
}

export function PlanHead({ plan, name }: { plan: Plan; name: string }) {
  const t = useT();
  const intl = useIntl();
  const title = t('plan.title', { type: planTypeLongLabel(intl, plan.type), name });
  const { startDate, endDate } = plan.dates;
  return (
    <>
      <p className="back-link no-print">
        <Link to={`/students/${plan.studentId}`}>
          <span aria-hidden="true">← </span>
          {t('plan.back', { name })}
        </Link>
      </p>
      <div className="record-head plan-head">
        <PageHeading>{title}</PageHeading>
        <dl className="plan-meta" aria-label={t('plan.meta.label')}>
          <div>
            <dt>{t('plan.meta.status')}</dt>
            <dd>
              <PlanStatusBadge status={plan.status} />
            </dd>
          </div>
          <div>
            <dt>{t('plan.meta.dates')}</dt>
            <dd>
              {startDate || endDate
                ? t('plans.dates', {
                    start: startDate ? formatIsoDate(intl, startDate) : '…',
                    end: endDate ? formatIsoDate(intl, endDate) : '…',
                  })
                : t('plans.datesUnset')}
            </dd>
          </div>
          {plan.inEffectFrom && plan.inEffectFrom !== startDate && (
            <div>
              <dt>{t('plan.meta.inEffectFrom')}</dt>
              <dd>{formatIsoDate(intl, plan.inEffectFrom)}</dd>
            </div>
          )}
          <div>
            <dt>{t('plan.meta.version')}</dt>
            <dd>{plan.version}</dd>
          </div>
          <div>
            <dt>{t('plan.meta.updated')}</dt>
            <dd>
              <time dateTime={plan.updatedAt}>
                {intl.formatDate(plan.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </dd>
          </div>
          {plan.amendmentMethod && (
            <div>
              <dt>{t('plan.meta.amendment')}</dt>
              <dd>{t('plans.amendment', { method: plan.amendmentMethod })}</dd>
            </div>
          )}
          {plan.status === 'draft' && (
            <div>
              <dt>{t('plan.meta.family')}</dt>
              <dd>{plan.sharedWithFamily ? t('plan.share.on') : t('plan.share.off')}</dd>
            </div>
          )}
          {plan.environmentCode && (
            <div>
              <dt>{t('plan.meta.environment')}</dt>
              <dd>{plan.environmentCode}</dd>
            </div>
          )}
        </dl>
      </div>
    </>
  );
}

/** The plan as a PDF (GET /plans/{id}/document.pdf) in the reader's language; a plain link, so the browser downloads or shows it. */
export function PdfLink({ planId }: { planId: string }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <a
      className="button button-secondary"
      href={`/api/v1/plans/${encodeURIComponent(planId)}/document.pdf?lang=${locale}`}
      type="application/pdf"
    >
      {t('plan.actions.pdf')}
    </a>
  );
}

/** Print in the browser and download the PDF, for those whose abilities include printing. */
export function PrintActions({ plan }: { plan: Plan }) {
  const t = useT();
  if (!plan.abilities.print) return null;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        {t('plan.actions.print')}
      </button>
      <PdfLink planId={plan.id} />
    </>
  );
}
