/**
 * The one dialog and the one confirmation.
 *
 * <Dialog>: a modal native <dialog> opened with showModal() when it mounts, so the browser traps focus, makes the
 * page behind it inert, and closes it on Escape. Closing it any way (Escape, a Close button calling `closeDialog`, a click
 * on the backdrop when `closeOnBackdrop`) calls `onDismiss`; unmounting it closes it without calling `onDismiss`
 * (e.g. after the action it was opened for, so focus can go where that action put it). A button inside closes it with
 * `closeDialog(event.currentTarget)`.
 *
 * <Confirm>: a question asked in place (a group with the question, Yes and No) instead of a second modal: Yes takes
 * focus when it appears; No gives focus back to whatever opened it. `useConfirm()` holds the "asking" state.
 */
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface DialogProps {
  /** The dialog's class (e.g. "case-dialog"); its content goes straight inside. */
  className: string;
  /** The id of the dialog's heading (aria-labelledby). */
  labelledBy: string;
  /** The id of its introduction (aria-describedby), when it has one. */
  describedBy?: string | undefined;
  onDismiss: () => void;
  /** Where focus starts: a CSS selector inside the dialog (default: the browser's choice, its first focusable). */
  initialFocus?: string;
  /** A click on the backdrop dismisses it (the content must fill the <dialog> edge to edge). */
  closeOnBackdrop?: boolean;
  testId?: string;
  /** The content; a button inside closes it with `closeDialog(event.currentTarget)` (calling `onDismiss`). */
  children: ReactNode;
}

export function Dialog({
  className,
  labelledBy,
  describedBy,
  onDismiss,
  initialFocus,
  closeOnBackdrop,
  testId,
  children,
}: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const dismiss = useRef(onDismiss);
  const focusFirst = useRef(initialFocus);
  useEffect(() => {
    dismiss.current = onDismiss;
  });

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const onClose = () => dismiss.current();
    d.addEventListener('close', onClose);
    if (!d.open) d.showModal();
    if (focusFirst.current) d.querySelector<HTMLElement>(focusFirst.current)?.focus();
    return () => {
      d.removeEventListener('close', onClose);
      if (d.open) d.close();
    };
  }, []);

  return (
    // A click on the backdrop lands on the <dialog> itself: a mouse shortcut for Escape, which keyboards have.
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
      onClick={
        closeOnBackdrop
          ? (e) => {
              if (e.target === e.currentTarget) e.currentTarget.close();
            }
          : undefined
      }
    >
      {children}
    </dialog>
  );
}

/** Closes the dialog holding `from` (a Close or Cancel button, a link leaving it), which calls its `onDismiss`. */
export function closeDialog(from: Element): void {
  from.closest('dialog')?.close();
}

/** Whether a question is being asked, and where focus goes back to when the answer is No. */
export function useConfirm(): {
  asking: boolean;
  /** Ask: call from the button that asks (it gets focus back on No). */
  ask: () => void;
  /** No: stop asking, focus back on the button that asked. */
  cancel: () => void;
  /** Stop asking without moving focus (after Yes). */
  done: () => void;
} {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  return {
    asking,
    ask: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAsking(true);
    },
    cancel: () => {
      setAsking(false);
      const back = opener.current;
      requestAnimationFrame(() => back?.focus());
    },
    done: () => setAsking(false),
  };
}

/** The question asked in place, with Yes (focused when it appears) and No. */
export function Confirm({
  question,
  yes,
  no,
  onYes,
  onNo,
  busy,
  className,
  yesRef,
}: {
  question: ReactNode;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  busy?: boolean;
  /** The button size: "button-small" as today's in-card confirmations. */
  className?: string;
  yesRef?: RefObject<HTMLButtonElement | null>;
}) {
  const id = useId();
  const own = useRef<HTMLButtonElement>(null);
  const yesButton = yesRef ?? own;
  useEffect(() => {
    yesButton.current?.focus();
  }, [yesButton]);
  const size = className ? ` ${className}` : '';
  return (
    <div role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`}>{question}</p>
      <div className="plan-actions-row">
        <button
          ref={yesButton}
          type="button"
          className={`button button-primary${size}`}
          disabled={busy}
          onClick={onYes}
        >
          {yes}
        </button>
        <button type="button" className={`button button-secondary${size}`} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
