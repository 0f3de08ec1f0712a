/** The event form in the app's modal dialog (ui/Dialog): opened by a deadline's action, closed by Cancel, Escape or recording. */
import { useId } from 'react';
import type { CaseEventKind } from '../../../src/domain/case-events';
import type { CaseEventRecord } from './types';
import { useT } from '../i18n';
import { closeDialog, Dialog } from '../ui/Dialog';
import { RecordEventForm } from './RecordEventForm';

/** The form's first field (showModal would focus the first focusable element, Close). */
const FIRST_FIELD = 'form input:not([type="hidden"]), form select, form textarea';

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
  return (
    <Dialog
      className="case-dialog"
      labelledBy={`${id}-title`}
      describedBy={intro ? `${id}-intro` : undefined}
      onDismiss={onDismiss}
      initialFocus={FIRST_FIELD}
    >
      <div className="case-dialog-inner">
        <div className="case-dialog-head">
          <h2 id={`${id}-title`}>{title}</h2>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={(e) => closeDialog(e.currentTarget)}
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
          onCancel={onDismiss}
        />
      </div>
    </Dialog>
  );
}
