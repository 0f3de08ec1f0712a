/** The event form in a modal dialog (native <dialog>): opened by a deadline's action, closed by Cancel, Escape or recording. */
import { useEffect, useId, useRef } from 'react';
import type { CaseEventKind } from '../../../src/domain/case-events';
import type { CaseEventRecord } from './types';
import { useT } from '../i18n';
import { RecordEventForm } from './RecordEventForm';

export function RecordEventDialog({
  studentId,
  title,
  intro,
  today,
  kind,
  details,
  onRecorded,
  onDismiss,
}: {
  studentId: string;
  title: string;
  intro?: string;
  today: string;
  kind: CaseEventKind;
  details?: Record<string, unknown>;
  onRecorded: (event: CaseEventRecord) => void;
  onDismiss: () => void;
}) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const onClose = () => dismiss.current();
    d.addEventListener('close', onClose);
    if (!d.open) d.showModal();
    // showModal focuses the first focusable element (Close): start on the form's first field instead.
    d.querySelector<HTMLElement>('form input:not([type="hidden"]), form select, form textarea')?.focus();
    return () => {
      d.removeEventListener('close', onClose);
      if (d.open) d.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="case-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={intro ? `${id}-intro` : undefined}
    >
      <div className="case-dialog-inner">
        <div className="case-dialog-head">
          <h2 id={`${id}-title`}>{title}</h2>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => dialog.current?.close()}
          >
            {t('case.record.close')}
          </button>
        </div>
        {intro && (
          <p id={`${id}-intro`} className="hint">
            {intro}
          </p>
        )}
        <RecordEventForm
          studentId={studentId}
          today={today}
          kind={kind}
          details={details}
          autoFocus={false}
          onRecorded={onRecorded}
          onCancel={() => dialog.current?.close()}
        />
      </div>
    </dialog>
  );
}
