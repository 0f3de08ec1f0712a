/**
 * Attendance, signatures (typed names), minutes and the plan version the meeting produced (a draft or proposal takes
 * the meeting's day as its meeting date; a final plan dated otherwise is shown with a finding); "Mark the meeting held"
 * — refused by the server, with each finding, unless the meeting was properly constituted (34 CFR 300.321, 300.322(d)).
 * Cancelling a scheduled meeting, with the reason.
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { cancelSchema, holdSchema } from '../../../src/api/meetings';
import { ATTENDANCE, ATTENDED_BY } from '../../../src/domain/meetings';
import { useT } from '../i18n';
import { formatIsoDate, planStatusLabel, planTypeLabel } from '../labels';
import { listPlans } from '../plan/api';
import { plansKey } from '../plan/keys';
import { useForm, type Form } from '../ui/form';
import { useApiQuery } from '../ui/query';
import { cancelMeeting, holdMeeting, updateMeeting, type Meeting, type Participant } from './api';
import { errorProps, FieldMessage } from './fields';
import { codeLabel, findingText, refusalItems } from './text';
import { useActionError, useMeetingAction, type ActionError } from './useAction';

interface Row {
  attendance: string;
  attendedBy: string;
  signatureName: string;
}
type HoldValues = { rows: Record<string, Row>; minutes: string; planId: string };

const rowOf = (p: Participant): Row => ({
  attendance: p.attendance === 'excused' ? 'excused' : p.attendance,
  attendedBy: p.attendedBy ?? 'in_person',
  signatureName: p.signatureName ?? '',
});

/** The attendance, minutes and plan typed for the hold; a changed team keeps what was typed for the others. */
function useHoldForm(meeting: Meeting, onChange: (m: Meeting) => void) {
  const form = useForm({
    initial: (): HoldValues => ({
      rows: Object.fromEntries(meeting.participants.map((p) => [p.id, rowOf(p)])),
      minutes: meeting.minutes,
      planId: meeting.planId ?? '',
    }),
    schema: holdSchema,
    toInput: (v) => ({
      attendance: meeting.participants.map((p) => {
        const r = v.rows[p.id];
        if (!r) throw new Error(`no attendance row for participant ${p.id}`);
        return {
          participantId: p.id,
          attendance: r.attendance,
          attendedBy: r.attendance === 'attended' ? r.attendedBy : null,
          signatureName: r.signatureName.trim() || null,
        };
      }),
      minutes: v.minutes,
      planId: v.planId || null,
    }),
    onSubmit: async (body) => onChange(await holdMeeting(meeting, body)),
  });
  // A changed team (someone added or excused) keeps what was typed for the others.
  const [participants, setParticipants] = useState(meeting.participants);
  if (participants !== meeting.participants) {
    setParticipants(meeting.participants);
    form.setValues((v) => {
      const rows = { ...v.rows };
      for (const p of meeting.participants)
        rows[p.id] = {
          ...(rows[p.id] ?? { attendedBy: 'in_person', signatureName: '' }),
          attendance: p.attendance === 'excused' ? 'excused' : (rows[p.id]?.attendance ?? p.attendance),
        };
      return { ...v, rows };
    });
  }
  return form;
}

export function HoldCard({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const intl = useIntl();
  const action = useMeetingAction(onChange);
  const form = useHoldForm(meeting, onChange);
  const sendError = useActionError(form.error);
  const held = meeting.status === 'held';
  const manage = meeting.abilities.manage;

  if (meeting.status === 'cancelled') {
    return (
      <section className="card meeting-card meeting-card-wide" aria-labelledby="hold-heading">
        <h2 id="hold-heading">{t('meetings.hold.title')}</h2>
        <p className="notice notice-info">{t('meetings.cancelled', { reason: meeting.cancelReason ?? '' })}</p>
      </section>
    );
  }
  const { minutes } = form.values;
  // What the schema refused before sending reads as the API's refusal of the same fields would.
  const invalid = Object.entries(form.errors).map(([path, message]) => ({ path, message: message ?? '' }));
  const error: ActionError | null =
    sendError ??
    (invalid.length
      ? { message: t('meetings.error.invalid'), errors: invalid, findings: [], code: 'VALIDATION', stale: false }
      : action.error);

  return (
    <section className="card meeting-card meeting-card-wide" aria-labelledby="hold-heading">
      <h2 id="hold-heading">{t('meetings.hold.title')}</h2>
      {held && (
        <p className="notice notice-success">
          {t('meetings.held', { name: meeting.heldByName ?? '' })}{' '}
          {meeting.planId && (
            <Link to={`/plans/${meeting.planId}`}>
              {t('meetings.hold.planVersion', { version: meeting.planVersion ?? 1 })}
            </Link>
          )}
        </p>
      )}
      {held &&
        meeting.producedPlan?.findings.map((f, i) => (
          <p key={`${f.code}-${i}`} className="notice notice-warning" data-testid="produced-plan-finding">
            {findingText(t, intl, f)} <span className="citation">{f.citation}</span>
          </p>
        ))}
      <AttendanceTable meeting={meeting} form={form} />
      <MinutesAndPlan meeting={meeting} form={form} />
      {error && <HoldRefusal error={error} />}
      {manage && !held && (
        <div className="plan-actions-row">
          <button
            type="button"
            className="button button-primary"
            disabled={form.pending || action.pending}
            onClick={() => void form.submit()}
          >
            {t('meetings.hold.submit')}
          </button>
          {meeting.date > new Date().toISOString().slice(0, 10) && (
            <span className="hint">{t('meetings.hold.whenHeld', { date: formatIsoDate(intl, meeting.date) })}</span>
          )}
        </div>
      )}
      {manage && held && (
        <button
          type="button"
          className="button button-secondary"
          disabled={action.pending || minutes === meeting.minutes}
          onClick={() => void action.run(() => updateMeeting(meeting, { minutes }))}
        >
          {t('meetings.hold.saveMinutes')}
        </button>
      )}
      {manage && !held && <CancelMeeting meeting={meeting} onChange={onChange} />}
    </section>
  );
}

/** Who attended and how, and their typed signatures: editable for the staff until the meeting is held. */
function AttendanceTable({ meeting, form }: { meeting: Meeting; form: Form<HoldValues> }) {
  const t = useT();
  const set = (pid: string, k: keyof Row, v: string) =>
    form.setValues((values) => {
      const row = values.rows[pid];
      return row ? { ...values, rows: { ...values.rows, [pid]: { ...row, [k]: v } } } : values;
    });
  return (
    <table className="data-table stacked meeting-attendance">
      <caption className="visually-hidden">{t('meetings.hold.attendanceCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('meetings.hold.member')}</th>
          <th scope="col">{t('meetings.hold.attendance')}</th>
          <th scope="col">{t('meetings.hold.signature')}</th>
        </tr>
      </thead>
      <tbody>
        {meeting.participants.map((p) => (
          <AttendanceRow
            key={p.id}
            p={p}
            r={form.values.rows[p.id] ?? { attendance: p.attendance, attendedBy: 'in_person', signatureName: '' }}
            editable={meeting.abilities.manage && meeting.status !== 'held' && p.attendance !== 'excused'}
            set={(k, v) => set(p.id, k, v)}
          />
        ))}
      </tbody>
    </table>
  );
}

function AttendanceRow({
  p,
  r,
  editable,
  set,
}: {
  p: Participant;
  r: Row;
  editable: boolean;
  set: (k: keyof Row, v: string) => void;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <tr>
      <th scope="row">
        {p.name}
        <span className="cell-note">{codeLabel(t, 'meetings.role', p.role)}</span>
      </th>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t('meetings.hold.attendance')}
        </span>
        {editable ? (
          <AttendanceInputs p={p} r={r} set={set} />
        ) : (
          <span>
            {t(`meetings.attendance.${p.attendance}`)}
            {p.attendance === 'attended' && p.attendedBy && ` (${codeLabel(t, 'meetings.attendedBy', p.attendedBy)})`}
          </span>
        )}
      </td>
      <td>
        <span className="cell-label" aria-hidden="true">
          {t('meetings.hold.signature')}
        </span>
        {editable && r.attendance === 'attended' ? (
          <input
            type="text"
            maxLength={200}
            aria-label={t('meetings.hold.signatureOf', { name: p.name })}
            value={r.signatureName}
            onChange={(e) => set('signatureName', e.target.value)}
          />
        ) : p.signatureName ? (
          <span>
            <span className="meeting-signature">{p.signatureName}</span>{' '}
            <span className="muted">
              {p.signedAt ? intl.formatDate(p.signedAt, { dateStyle: 'medium', timeStyle: 'short' }) : ''}
            </span>
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

/** The minutes (staff write them, the family reads them) and the plan version the meeting produced. */
function MinutesAndPlan({ meeting, form }: { meeting: Meeting; form: Form<HoldValues> }) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const manage = meeting.abilities.manage;
  const held = meeting.status === 'held';
  const plansQuery = useApiQuery(plansKey(meeting.studentId), (signal) => listPlans(meeting.studentId, signal), {
    enabled: manage,
  });
  const plans = plansQuery.data ?? [];
  return (
    <>
      {manage ? (
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('meetings.hold.minutes')}</label>
          <textarea
            id={`${id}-minutes`}
            rows={6}
            maxLength={50_000}
            value={form.values.minutes}
            onChange={(e) => form.set('minutes', e.target.value)}
          />
        </div>
      ) : (
        meeting.minutes && (
          <>
            <h3>{t('meetings.hold.minutes')}</h3>
            <p className="meeting-minutes">{meeting.minutes}</p>
          </>
        )
      )}
      {manage && !held && (
        <div className="field">
          <label htmlFor={`${id}-plan`}>{t('meetings.hold.plan')}</label>
          <select id={`${id}-plan`} value={form.values.planId} onChange={(e) => form.set('planId', e.target.value)}>
            <option value="">{t('meetings.hold.noPlan')}</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {t('meetings.hold.planOption', {
                  type: planTypeLabel(intl, p.type),
                  status: planStatusLabel(intl, p.status),
                  version: p.version,
                })}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}

/** Why the hold (or the minutes) was refused: each rule the meeting broke, with its citation. */
function HoldRefusal({ error }: { error: ActionError }) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className="notice notice-error" role="alert" data-testid="hold-refused">
      <p>
        <strong>{error.code === 'RULE_VIOLATION' ? t('meetings.hold.refused') : error.message}</strong>
      </p>
      {(error.findings.length > 0 || error.errors.length > 0) && (
        <ul>
          {refusalItems(t, intl, error).map((e, i) => (
            <li key={i}>
              {e.text}
              {e.citation && (
                <>
                  {' '}
                  <span className="citation">{e.citation}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CancelMeeting({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const form = useForm({
    initial: { reason: '' },
    schema: cancelSchema,
    onSubmit: async ({ reason }) => onChange(await cancelMeeting(meeting.id, reason)),
  });
  const error = useActionError(form.error);
  if (!open) {
    return (
      <p className="meeting-cancel">
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('meetings.cancel.button')}
        </button>
      </p>
    );
  }
  return (
    <form className="meeting-subform" onSubmit={(e) => void form.submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('meetings.cancel.reason')}</label>
        <input
          id={`${id}-reason`}
          type="text"
          required
          maxLength={1000}
          value={form.values.reason}
          onChange={(e) => form.set('reason', e.target.value)}
          {...errorProps(form.errors, 'reason', `${id}-reason`)}
        />
        <FieldMessage errors={form.errors} name="reason" id={`${id}-reason`} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={form.pending || !form.values.reason.trim()}>
          {t('meetings.cancel.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('meetings.cancel.keep')}
        </button>
      </div>
    </form>
  );
}

/** How a member attended (the choice of "how" only for those who attended). */
function AttendanceInputs({ p, r, set }: { p: Participant; r: Row; set: (k: keyof Row, v: string) => void }) {
  const t = useT();
  return (
    <span className="meeting-inline-fields">
      <select
        aria-label={t('meetings.hold.attendanceOf', { name: p.name })}
        value={r.attendance}
        onChange={(e) => set('attendance', e.target.value)}
      >
        {ATTENDANCE.filter((a) => a !== 'excused').map((a) => (
          <option key={a} value={a}>
            {t(`meetings.attendance.${a}`)}
          </option>
        ))}
      </select>
      {r.attendance === 'attended' && (
        <select
          aria-label={t('meetings.hold.howOf', { name: p.name })}
          value={r.attendedBy}
          onChange={(e) => set('attendedBy', e.target.value)}
        >
          {ATTENDED_BY.map((a) => (
            <option key={a} value={a}>
              {t(`meetings.attendedBy.${a}`)}
            </option>
          ))}
        </select>
      )}
    </span>
  );
}
