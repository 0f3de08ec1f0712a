/**
 * Beside every goal: is it measurable (34 CFR 300.320(a)(2)(i))? Asks POST /goal-checks 500 ms after the
 * last keystroke and shows each component with the words that matched, what is missing, words that
 * cannot be observed, and what to add. The advice is the catalogue's, so it reads in Spanish too.
 */
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { useGoalCheck } from './hooks';
import type { GoalCheck, GoalComponent } from '../types';

const COMPONENTS: readonly GoalComponent[] = ['condition', 'behavior', 'criterion', 'timeframe'];

export function GoalCheckPanel({ id, text }: { id: string; text: string }) {
  const t = useT();
  const intl = useIntl();
  const state = useGoalCheck(text);
  const result: GoalCheck | null =
    state.phase === 'done' ? state.result : state.phase === 'checking' ? state.previous : null;

  let summary: string;
  let tone: 'ok' | 'todo' | 'neutral' = 'neutral';
  if (state.phase === 'empty') summary = t('plan.goalCheck.empty');
  else if (state.phase === 'error') summary = t('plan.goalCheck.error');
  else if (!result) summary = t('plan.goalCheck.checking');
  else if (result.measurable) {
    summary = t('plan.goalCheck.measurable');
    tone = 'ok';
  } else {
    const missing = intl.formatList(
      result.missing.map((c) => t(`plan.goalCheck.component.${c}`).toLocaleLowerCase(intl.locale)),
      { type: 'conjunction' },
    );
    summary = t('plan.goalCheck.notMeasurable', { missing });
    tone = 'todo';
  }

  const quote = (words: readonly string[]) =>
    intl.formatList(
      words.map((w) => `“${w}”`),
      { type: 'conjunction' },
    );
  const suggestions: string[] = [];
  if (result) {
    if (result.vagueVerbs.length)
      suggestions.push(t('plan.goalCheck.suggest.vague', { words: quote(result.vagueVerbs) }));
    for (const c of ['behavior', 'criterion', 'timeframe', 'condition'] as const) {
      if (!result.components[c].found) suggestions.push(t(`plan.goalCheck.suggest.${c}`));
    }
  }

  return (
    <aside
      className={`goal-check goal-check-${tone}`}
      aria-labelledby={`${id}-title`}
      aria-busy={state.phase === 'checking'}
      data-testid="goal-check"
    >
      <h4 id={`${id}-title`}>{t('plan.goalCheck.title')}</h4>
      <p id={`${id}-summary`} className="goal-check-summary" role="status">
        {summary}
      </p>
      {result && state.phase !== 'empty' && (
        <>
          <ul className="goal-check-components">
            {COMPONENTS.map((c) => {
              const r = result.components[c];
              return (
                <li key={c} className={r.found ? 'is-found' : c === 'condition' ? 'is-optional' : 'is-missing'}>
                  <span className="goal-check-mark" aria-hidden="true">
                    {r.found ? '✓' : c === 'condition' ? '○' : '✗'}
                  </span>
                  <span>
                    <strong>{t(`plan.goalCheck.component.${c}`)}</strong>:{' '}
                    {r.found && r.matched
                      ? t('plan.goalCheck.found', { words: r.matched })
                      : c === 'condition'
                        ? t('plan.goalCheck.recommended')
                        : t('plan.goalCheck.missing')}
                  </span>
                </li>
              );
            })}
          </ul>
          {result.vagueVerbs.length > 0 && (
            <p className="goal-check-vague">{t('plan.goalCheck.vague', { words: quote(result.vagueVerbs) })}</p>
          )}
          {suggestions.length > 0 && (
            <>
              <h5 className="goal-check-subtitle">{t('plan.goalCheck.suggestions')}</h5>
              <ul className="goal-check-suggestions">
                {suggestions.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {intl.locale !== 'en' && <p className="hint">{t('plan.goalCheck.englishOnly')}</p>}
    </aside>
  );
}
