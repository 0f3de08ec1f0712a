/** A change of placement: its basis, the parents' notice and the MDR (with its answers once held), and what to record next. */
import { useIntl } from 'react-intl';
import type { DecisionView, DisciplineSummary } from './types';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { DeadlineBadge } from '../case/DeadlineBadge';
import { Fact, type OnOpen } from './Summary';

type Review = NonNullable<DecisionView['mdr']['review']>;

export function DecisionCard({ c, s, onOpen }: { c: DecisionView; s: DisciplineSummary; onOpen: OnOpen }) {
  const t = useT();
  const intl = useIntl();
  const d = (x: string) => formatIsoDate(intl, x);
  const review = c.mdr.review;
  const title = t('discipline.decision.title', { date: d(c.decidedOn) });
  return (
    <li className="card discipline-decision" data-testid="decision">
      <h3>{title}</h3>
      <p>
        {t(`discipline.basis.${c.basis}`)} <span className="muted">({c.citation})</span>
      </p>
      <dl className="facts">
        <Fact term={t('discipline.decision.notice')}>
          <DeadlineBadge status={c.notice.status} />{' '}
          {c.notice.notifiedOn
            ? t('discipline.decision.noticeValue', {
                due: d(c.notice.due),
                date: d(c.notice.notifiedOn),
                method: c.notice.method ? t(`discipline.method.${c.notice.method as 'phone'}`) : '—',
              })
            : t('discipline.decision.noticeMissing', { due: d(c.notice.due) })}
          {c.notice.withoutSafeguardsOn && (
            <> {t('discipline.decision.noticeWithoutSafeguards', { date: d(c.notice.withoutSafeguardsOn) })}</>
          )}
        </Fact>
        <Fact term={t('discipline.decision.mdr')}>
          <DeadlineBadge status={c.mdr.status} />{' '}
          {review
            ? t('discipline.decision.mdrHeld', { due: d(c.mdr.due), date: d(review.heldOn) })
            : t('discipline.decision.mdrDue', { due: d(c.mdr.due) })}
        </Fact>
        {review && <ReviewFacts c={c} review={review} />}
      </dl>
      {s.abilities.record && <DecisionButtons c={c} title={title} onOpen={onOpen} />}
    </li>
  );
}

/** The MDR's answers: the two questions, the outcome and what follows from it. */
function ReviewFacts({ c, review }: { c: DecisionView; review: Review }) {
  const t = useT();
  const intl = useIntl();
  const d = (x: string) => formatIsoDate(intl, x);
  const yn = (v: boolean | null) =>
    v === null ? t('discipline.mdr.notRecorded') : v ? t('common.yes') : t('common.no');
  return (
    <>
      <Fact term={t('discipline.mdr.q1')}>{yn(review.causedByDisability)}</Fact>
      <Fact term={t('discipline.mdr.q2')}>{yn(review.failureToImplementIep)}</Fact>
      <Fact term={t('discipline.mdr.outcome')}>
        {review.manifestation === null
          ? t('discipline.mdr.notRecorded')
          : t(review.manifestation ? 'discipline.mdr.manifestation' : 'discipline.mdr.notManifestation')}
        {c.mdr.consequences.length > 0 && (
          <ul className="discipline-consequences">
            {c.mdr.consequences.map((k) => (
              <li key={k}>{t(`discipline.consequence.${k as 'fba_bip'}`)}</li>
            ))}
          </ul>
        )}
      </Fact>
      {review.behaviorPlan && (
        <Fact term={t('discipline.form.mdr.behaviorPlan')}>{t(`discipline.behaviorPlan.${review.behaviorPlan}`)}</Fact>
      )}
      {review.placement && (
        <Fact term={t('discipline.form.mdr.placement')}>
          {t(`discipline.placement.${review.placement}`)}
          {review.returnedOn && <> — {t('discipline.mdr.returnedOn', { date: d(review.returnedOn) })}</>}
        </Fact>
      )}
      {review.remedySteps && <Fact term={t('discipline.form.mdr.remedySteps')}>{review.remedySteps}</Fact>}
      {review.services && <Fact term={t('discipline.mdr.services')}>{review.services}</Fact>}
      {review.participants && <Fact term={t('discipline.mdr.participants')}>{review.participants}</Fact>}
    </>
  );
}

/** Record the notice, record (or redo) the MDR, or void it. */
function DecisionButtons({ c, title, onOpen }: { c: DecisionView; title: string; onOpen: OnOpen }) {
  const t = useT();
  const review = c.mdr.review;
  return (
    <div className="discipline-buttons">
      {!c.notice.notifiedOn && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={(ev) => onOpen({ kind: 'notice', decisionId: c.id }, ev.currentTarget)}
        >
          {t('discipline.action.notice')}
          <span className="visually-hidden"> — {title}</span>
        </button>
      )}
      {(!review || review.fromMeeting) && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={(ev) => onOpen({ kind: 'mdr', decisionId: c.id }, ev.currentTarget)}
        >
          {t('discipline.action.mdr')}
          <span className="visually-hidden"> — {title}</span>
        </button>
      )}
      {review && !review.fromMeeting && (
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={(ev) =>
            onOpen({ kind: 'void', recordId: review.id, what: t('discipline.decision.mdr') }, ev.currentTarget)
          }
        >
          {t('discipline.void')}
          <span className="visually-hidden">
            {' '}
            {t('discipline.decision.mdr')} — {title}
          </span>
        </button>
      )}
    </div>
  );
}
