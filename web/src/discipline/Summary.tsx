/**
 * The discipline page's read-only parts: the count against 10 (a meter with its words), what to do next, the
 * removals, the changes of placement with their notice and MDR, the pattern determinations and the voided records.
 * Buttons to record appear only when the server says the reader may record (`abilities.record`).
 */
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { meter } from './logic';
import type { Determination, DisciplineSummary, NextStep, RemovalView } from './types';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { dates } from './DecisionForms';

export type Open =
  | { kind: 'removal' }
  | { kind: 'pattern'; removalId: string | null }
  | { kind: 'notice'; decisionId: string }
  | { kind: 'mdr'; decisionId: string }
  | { kind: 'void'; recordId: string; what: string };

export type OnOpen = (o: Open, trigger: HTMLElement) => void;

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CountCard({ s }: { s: DisciplineSummary }) {
  const t = useT();
  const intl = useIntl();
  const m = meter(s);
  const d = (x: string) => formatIsoDate(intl, x);
  return (
    <section className="card discipline-count" aria-labelledby="discipline-count-heading">
      <h2 id="discipline-count-heading">{t('discipline.count.heading', { year: s.schoolYear })}</h2>
      <p className="discipline-count-number">
        <span className="discipline-count-big">{s.total}</span> {t('discipline.count.ofLimit', { limit: s.limit })}
      </p>
      <div className="discipline-meter">
        <meter
          id="discipline-meter"
          aria-label={t('discipline.count.meterLabel', { year: s.schoolYear, total: s.total, limit: s.limit })}
          min={0}
          max={m.max}
          low={m.low}
          high={m.high}
          optimum={0}
          value={m.value}
        >
          {t('discipline.count.text', { total: s.total, limit: s.limit })}
        </meter>
        <span className="discipline-meter-limit" style={{ left: `${m.limitAt}%` }} aria-hidden="true">
          {s.limit}
        </span>
      </div>
      <p>
        {t('discipline.count.text', { total: s.total, limit: s.limit })}{' '}
        {t('discipline.count.toDate', { toDate: s.toDate, ahead: m.ahead })}
      </p>
      {s.servicesFrom ? (
        <p className="notice notice-error discipline-services">
          {t('discipline.count.services', { date: d(s.servicesFrom) })}
        </p>
      ) : m.warning ? (
        <p className="notice notice-info">
          {t('discipline.count.warning', { warningDay: s.warningDay, left: m.left })}
        </p>
      ) : (
        <p className="muted">{t('discipline.count.under', { left: m.left })}</p>
      )}
      {s.estimated && <p className="hint">{t('discipline.count.estimated')}</p>}
    </section>
  );
}

const STEP_ACTION: Partial<Record<NextStep['code'], 'pattern' | 'notice' | 'mdr'>> = {
  record_pattern_determination: 'pattern',
  notify_parents: 'notice',
  hold_mdr: 'mdr',
  record_mdr_outcome: 'mdr',
};

export function NextSteps({ s, onOpen }: { s: DisciplineSummary; onOpen: OnOpen }) {
  const t = useT();
  const intl = useIntl();
  const d = (x: unknown) => (typeof x === 'string' ? formatIsoDate(intl, x) : '');
  return (
    <section className="record-section" aria-labelledby="discipline-next-heading">
      <h2 id="discipline-next-heading">{t('discipline.next.heading')}</h2>
      {s.nextSteps.length === 0 ? (
        <p className="empty">{t('discipline.next.none')}</p>
      ) : (
        <ul className="discipline-steps">
          {s.nextSteps.map((step, i) => {
            const p = step.params;
            const action = s.abilities.record ? STEP_ACTION[step.code] : undefined;
            const text = t(`discipline.next.${step.code}`, {
              ...p,
              firstDay: d(p.firstDay),
              decidedOn: d(p.decidedOn),
              notifiedOn: d(p.notifiedOn),
              heldOn: d(p.heldOn),
              from: d(p.from),
              due: d(step.due),
            });
            return (
              <li
                key={`${step.code}-${step.removalId ?? step.decisionId ?? i}`}
                className={`discipline-step discipline-step-${step.severity}`}
              >
                <span className={`badge discipline-severity discipline-severity-${step.severity}`}>
                  {t(`discipline.severity.${step.severity}`)}
                </span>
                <span className="discipline-step-text">
                  {text} <span className="muted">({step.citation})</span>
                </span>
                {action && (
                  <button
                    type="button"
                    className="button button-primary button-small"
                    onClick={(ev) =>
                      onOpen(
                        action === 'pattern'
                          ? { kind: 'pattern', removalId: step.removalId }
                          : { kind: action, decisionId: step.decisionId ?? '' },
                        ev.currentTarget,
                      )
                    }
                  >
                    {t(`discipline.action.${action}`)}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function RemovalCard({ r, s, onOpen }: { r: RemovalView; s: DisciplineSummary; onOpen: OnOpen }) {
  const t = useT();
  const intl = useIntl();
  const d = (x: string) => formatIsoDate(intl, x);
  const decision = r.changeOfPlacementId ? s.decisions.find((x) => x.id === r.changeOfPlacementId) : undefined;
  return (
    <li className="card discipline-removal" data-testid="removal">
      <h3>
        {t(`discipline.type.${r.type}`)} <span className="discipline-dates">{dates(intl, r.firstDay, r.lastDay)}</span>
      </h3>
      <dl className="facts">
        <Fact term={t('discipline.removal.days')}>
          {t('discipline.removal.daysValue', { days: r.schoolDays })}
          {r.returnedOn && (
            <> — {t('discipline.removal.returned', { removed: r.daysRemoved, date: d(r.returnedOn) })}</>
          )}
        </Fact>
        <Fact term={t('discipline.removal.counts')}>
          <strong>{r.counts ? t('common.yes') : t('common.no')}</strong> —{' '}
          {t(`discipline.reason.${r.countReason as ReasonCode}`)}
          {r.dayNumbers && (
            <>
              {' '}
              (
              {r.dayNumbers.first === r.dayNumbers.last
                ? t('discipline.removal.day', { n: r.dayNumbers.first })
                : t('discipline.removal.dayRange', { first: r.dayNumbers.first, last: r.dayNumbers.last })}
              )
            </>
          )}
        </Fact>
        {r.servicesFrom && (
          <Fact term={t('discipline.removal.services')}>
            {t('discipline.removal.servicesValue', { date: d(r.servicesFrom), days: r.servicesDays })}{' '}
            {r.servicesDecidedBy && t(`discipline.servicesBy.${r.servicesDecidedBy}`)}
          </Fact>
        )}
        <Fact term={t('discipline.removal.decidedOn')}>{d(r.decidedOn)}</Fact>
        {r.specialCircumstance && (
          <Fact term={t('discipline.removal.specialCircumstance')}>
            {t(`discipline.special.${r.specialCircumstance}`)}
          </Fact>
        )}
        {r.overSpecialCircumstancesLimit && (
          <Fact term={t('discipline.removal.finding')}>{t('discipline.removal.overLimit')}</Fact>
        )}
        {decision && (
          <Fact term={t('discipline.removal.changeOfPlacement')}>{t(`discipline.basis.${decision.basis}`)}</Fact>
        )}
        {r.behavior && <Fact term={t('discipline.removal.behavior')}>{r.behavior}</Fact>}
        {r.note && <Fact term={t('discipline.form.note')}>{r.note}</Fact>}
        {r.estimated && <Fact term={t('discipline.removal.finding')}>{t('discipline.count.estimated')}</Fact>}
      </dl>
      <p className="muted">{t('discipline.recordedBy', { name: r.recordedByName || '—' })}</p>
      {s.abilities.record && (
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={(ev) =>
            onOpen(
              {
                kind: 'void',
                recordId: r.id,
                what: `${t(`discipline.type.${r.type}`)} ${dates(intl, r.firstDay, r.lastDay)}`,
              },
              ev.currentTarget,
            )
          }
        >
          {t('discipline.void')}
          <span className="visually-hidden">
            {' '}
            {t(`discipline.type.${r.type}`)} {dates(intl, r.firstDay, r.lastDay)}
          </span>
        </button>
      )}
    </li>
  );
}
type ReasonCode =
  | 'out_of_school_suspension'
  | 'legacy_read_as_suspension'
  | 'in_school_not_afforded'
  | 'in_school_afforded'
  | 'bus_transport_in_iep'
  | 'bus_not_in_iep'
  | 'bus_other_transport'
  | 'expulsion'
  | 'special_circumstances';

export function DeterminationCard({ p, s, onOpen }: { p: Determination; s: DisciplineSummary; onOpen: OnOpen }) {
  const t = useT();
  const intl = useIntl();
  const title = t('discipline.determination.title', { date: formatIsoDate(intl, p.determinedOn), who: p.determinedBy });
  return (
    <li className="card discipline-determination" data-testid="determination">
      <h3>{title}</h3>
      <p>
        <strong>{t(p.pattern ? 'discipline.determination.pattern' : 'discipline.determination.noPattern')}</strong>
      </p>
      <dl className="facts">
        <Fact term={t('discipline.determination.removals')}>
          {t('discipline.determination.removalsValue', { count: p.removalIds.length })}
        </Fact>
        <Fact term={t('discipline.form.pattern.similar')}>
          {p.substantiallySimilarBehavior ? t('common.yes') : t('common.no')}
        </Fact>
        <Fact term={t('discipline.form.pattern.length')}>{p.lengthOfRemovals}</Fact>
        <Fact term={t('discipline.form.pattern.total')}>{p.totalTimeRemoved}</Fact>
        <Fact term={t('discipline.form.pattern.proximity')}>{p.proximity}</Fact>
        {p.note && <Fact term={t('discipline.form.note')}>{p.note}</Fact>}
      </dl>
      <p className="muted">{t('discipline.recordedBy', { name: p.recordedByName || '—' })}</p>
      {s.abilities.record && (
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={(ev) => onOpen({ kind: 'void', recordId: p.id, what: title }, ev.currentTarget)}
        >
          {t('discipline.void')}
          <span className="visually-hidden"> {title}</span>
        </button>
      )}
    </li>
  );
}

export function VoidedList({ s }: { s: DisciplineSummary }) {
  const t = useT();
  const intl = useIntl();
  if (!s.voided.length) return null;
  return (
    <section className="record-section" aria-labelledby="discipline-voided-heading">
      <h2 id="discipline-voided-heading">{t('discipline.voided.heading')}</h2>
      <ul className="discipline-voided">
        {s.voided.map((v) => (
          <li key={v.id}>
            <del>
              {t(`case.event.kind.${v.kind as 'disciplinary_removal'}`)} — {formatIsoDate(intl, v.occurredOn)}
            </del>{' '}
            {t('discipline.voided.by', { name: v.voidedByName, reason: v.voidReason })}
          </li>
        ))}
      </ul>
    </section>
  );
}
