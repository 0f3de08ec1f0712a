/** What the section forms share: the change callback, list items with their Remove, Add buttons and focus after either. */
import { useEffect, useRef, type ReactNode } from 'react';
import type { useIntl } from 'react-intl';
import { PROVIDER_DISCIPLINES } from '../../../../src/domain/roles';
import { disciplineLabel } from '../../labels';
import { fieldId } from '../sections';
import type { Option } from '../fields';

export interface EditorContext {
  /** A provider edits only goals and services of their discipline, and adds items in it. */
  discipline: string | null;
  isProvider: boolean;
  /** The student's grade (CEDS code), when the page knows it: the goal bank starts at its grade band. */
  grade?: string | null;
}

export type Change<T> = { value: T; onChange: (v: T) => void };

/** After an add or a remove, the id of the element to focus once the list has re-rendered. */
export function useFocusAfterRender(dep: unknown) {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current) {
      document.getElementById(target.current)?.focus();
      target.current = null;
    }
  }, [dep]);
  return (id: string) => {
    target.current = id;
  };
}

export function ItemFrame({
  path,
  title,
  removeLabel,
  onRemove,
  children,
}: {
  path: string;
  title: string;
  removeLabel?: string;
  onRemove?: () => void;
  children: ReactNode;
}) {
  return (
    <li className="plan-item">
      <div className="plan-item-head">
        <h3 id={fieldId(path)} tabIndex={-1}>
          {title}
        </h3>
        {onRemove && removeLabel && (
          <button type="button" className="button button-quiet button-small" onClick={onRemove}>
            {removeLabel}
          </button>
        )}
      </div>
      {children}
    </li>
  );
}

export function AddButton({ id, label, onClick }: { id: string; label: string; onClick: () => void }) {
  return (
    <button id={id} type="button" className="button button-secondary" onClick={onClick}>
      <span aria-hidden="true">+</span> {label}
    </button>
  );
}

export function disciplineOptions(intl: ReturnType<typeof useIntl>): Option<string>[] {
  return PROVIDER_DISCIPLINES.map((d) => ({ value: d, label: disciplineLabel(intl, d) }));
}
