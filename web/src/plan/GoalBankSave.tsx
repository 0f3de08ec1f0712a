/**
 * "Save goal N to the district's goal bank": on each goal the person may change, for those who add to the bank
 * (`addToGoalBank` on /me, src/policy/goal-bank.ts). A small form asks where the goal
 * goes in the bank (area, grade band), then POST /goal-bank copies its text and measurement. A goal that
 * is not measurable is refused (422): the reason is shown, in the reader's language where it can be.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Goal } from '../../../src/domain/plan';
import { isApiError } from '../api';
import { useT } from '../i18n';
import { addToGoalBank } from './api';
import { useUser } from '../session';
import type { GoalBankArea, GoalComponent, GradeBand } from '../types';
import { areaFromText, areaLabel, areaOptions, gradeBandLabel, gradeBandOptions } from './GoalBank';

const COMPONENTS: readonly string[] = ['condition', 'behavior', 'criterion', 'timeframe'] satisfies GoalComponent[];
const MEASUREMENT_MAX = 1000;

export function GoalBankSave(props: { goal: Goal; number: number; gradeBand: GradeBand | null }) {
  const user = useUser();
  return user.abilities.addToGoalBank ? <GoalBankSaveForm {...props} /> : null;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'saving' }
  | { kind: 'saved'; area: GoalBankArea; gradeBand: GradeBand }
  | { kind: 'invalid'; message: string; invalid: 'area' | 'gradeBand' | null }
  | { kind: 'failed'; message: string; reason: ReactNode };

function GoalBankSaveForm({ goal, number, gradeBand }: { goal: Goal; number: number; gradeBand: GradeBand | null }) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [area, setArea] = useState<GoalBankArea | null>(null);
  const [band, setBand] = useState<GradeBand | null>(gradeBand);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const toggle = useRef<HTMLButtonElement>(null);
  const areaField = useRef<HTMLSelectElement>(null);
  const bandField = useRef<HTMLSelectElement>(null);
  const areas = areaOptions(t);
  const bands = gradeBandOptions(t);

  // Opening moves focus to the first choice.
  const justOpened = useRef(false);
  useEffect(() => {
    if (open && justOpened.current) {
      justOpened.current = false;
      areaField.current?.focus();
    }
  }, [open]);

  const show = () => {
    setArea((a) => a ?? areaFromText(t, goal.area));
    setBand((b) => b ?? gradeBand);
    setOutcome({ kind: 'none' });
    setOpen(true);
    justOpened.current = true;
  };
  const hide = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  const inEnglish = (text: string) => (intl.locale === 'en' ? text : <span lang="en">{text}</span>);

  /** The API's reason a goal is not measurable ("Missing: criterion, timeframe. Not observable: improve."), said in the reader's language. */
  const notMeasurableReason = (message: string): ReactNode => {
    const missing = /Missing: ([a-z, ]+)\./.exec(message)?.[1]?.split(/,\s*/) ?? [];
    const vague = /Not observable: ([^.]+)\./.exec(message)?.[1]?.split(/,\s*/) ?? [];
    if ((!missing.length && !vague.length) || missing.some((c) => !COMPONENTS.includes(c))) return inEnglish(message);
    const parts: string[] = [];
    if (missing.length) {
      const names = missing.map((c) =>
        t(`plan.goalCheck.component.${c as GoalComponent}`).toLocaleLowerCase(intl.locale),
      );
      parts.push(t('goalBank.save.missing', { missing: intl.formatList(names, { type: 'conjunction' }) }));
    }
    if (vague.length)
      parts.push(
        t('plan.goalCheck.vague', {
          words: intl.formatList(
            vague.map((w) => `“${w}”`),
            { type: 'conjunction' },
          ),
        }),
      );
    return parts.join(' ');
  };

  const save = async () => {
    if (outcome.kind === 'saving') return;
    const text = goal.text.trim();
    if (!text) {
      setOutcome({ kind: 'invalid', message: t('goalBank.save.empty'), invalid: null });
      return;
    }
    if (!area || !band) {
      setOutcome({ kind: 'invalid', message: t('goalBank.save.choose'), invalid: !area ? 'area' : 'gradeBand' });
      (!area ? areaField : bandField).current?.focus();
      return;
    }
    setOutcome({ kind: 'saving' });
    try {
      await addToGoalBank({
        area,
        gradeBand: band,
        text,
        measurement: goal.measurement.trim().slice(0, MEASUREMENT_MAX),
      });
      setOutcome({ kind: 'saved', area, gradeBand: band });
      setOpen(false);
      toggle.current?.focus();
    } catch (e) {
      if (isApiError(e) && e.status === 422) {
        const reason = e.errors.map((x) => x.message).join(' ') || e.detail;
        setOutcome({
          kind: 'failed',
          message: t('goalBank.save.notMeasurable'),
          reason: reason ? notMeasurableReason(reason) : null,
        });
      } else if (isApiError(e) && e.status === 403) {
        setOutcome({
          kind: 'failed',
          message: t('goalBank.save.forbidden'),
          reason: e.detail ? inEnglish(e.detail) : null,
        });
      } else {
        const network = isApiError(e) && e.code === 'NETWORK';
        setOutcome({
          kind: 'failed',
          message: t('goalBank.save.error'),
          reason: network ? t('common.error.network') : isApiError(e) && e.detail ? inEnglish(e.detail) : null,
        });
      }
    }
  };

  const invalid = outcome.kind === 'invalid' ? outcome.invalid : null;
  const errorId = `${id}-error`;
  return (
    <div className="goal-bank-save">
      <button
        ref={toggle}
        type="button"
        className="button button-quiet button-small"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => (open ? hide() : show())}
      >
        {t('goalBank.save.open', { number })}
      </button>
      <p className="goal-bank-save-status" role="status">
        {outcome.kind === 'saved'
          ? t('goalBank.save.done', {
              area: areaLabel(t, outcome.area),
              gradeBand: gradeBandLabel(t, outcome.gradeBand),
            })
          : ''}
      </p>
      {open && (
        <div id={`${id}-panel`} className="goal-bank-save-panel">
          <p id={`${id}-intro`} className="hint">
            {t('goalBank.save.intro')}
          </p>
          <fieldset className="goal-bank-save-where" aria-describedby={`${id}-intro`}>
            <legend>{t('goalBank.save.where')}</legend>
            <div className="field-grid">
              <div className="field">
                <label htmlFor={`${id}-area`}>{t('goalBank.area')}</label>
                <select
                  ref={areaField}
                  id={`${id}-area`}
                  value={area ?? ''}
                  aria-invalid={invalid === 'area' || undefined}
                  aria-describedby={invalid === 'area' ? errorId : undefined}
                  onChange={(e) => setArea(areas.find((o) => o.value === e.target.value)?.value ?? null)}
                >
                  <option value="">{t('plan.choose')}</option>
                  {areas.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-band`}>{t('goalBank.gradeBand')}</label>
                <select
                  ref={bandField}
                  id={`${id}-band`}
                  value={band ?? ''}
                  aria-invalid={invalid === 'gradeBand' || undefined}
                  aria-describedby={invalid === 'gradeBand' ? errorId : undefined}
                  onChange={(e) => setBand(bands.find((o) => o.value === e.target.value)?.value ?? null)}
                >
                  <option value="">{t('plan.choose')}</option>
                  {bands.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          {(outcome.kind === 'invalid' || outcome.kind === 'failed') && (
            <div id={errorId} className="notice notice-error goal-bank-save-error" role="alert">
              <p>{outcome.message}</p>
              {outcome.kind === 'failed' && outcome.reason && <p>{outcome.reason}</p>}
            </div>
          )}
          <div className="goal-bank-save-actions">
            <button
              type="button"
              className="button button-primary button-small"
              aria-disabled={outcome.kind === 'saving'}
              onClick={() => void save()}
            >
              {outcome.kind === 'saving' ? t('goalBank.save.pending') : t('goalBank.save.submit')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={hide}>
              {t('goalBank.save.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
