/**
 * Attendance, signatures (typed names), minutes and the plan version the meeting produced (a draft or proposal takes
 * the meeting's day as its meeting date; a final plan dated otherwise is shown with a finding); "Mark the meeting held"
 * — refused by the server, with each finding, unless the meeting was properly constituted (34 CFR 300.321, 300.322(d)).
 * Cancelling a scheduled meeting, with the reason.
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n';
import { formatIsoDate, planStatusLabel, planTypeLabel } from '../labels';
import { cancelMeeting, holdMeeting, updateMeeting, type Meeting } from './api';
import { listPlans } from '../plan/api';
import { plansKey } from '../plan/keys';
import { useApiQuery } from '../ui/query';
import { ATTENDANCE, ATTENDED_BY } from '../../../src/domain/meetings';
import { codeLabel, findingText, refusalItems } from './text';
import { useMeetingAction } from './useAction';

interface Row {
  attendance: string;
  attendedBy: string;
  signatureName: string;
}

export function HoldCard({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const intl = useIntl();
  const id = useId();
  const action = useMeetingAction(onChange);
  const held = meeting.status === 'held';
  const manage = meeting.abilities.manage;
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(
      meeting.participants.map((p) => [
        p.id,
        {
          attendance: p.attendance === 'excused' ? 'excused' : p.attendance,
          attendedBy: p.attendedBy ?? 'in_person',
          signatureName: p.signatureName ?? '',
        },
      ]),
    ),
  );
  const [minutes, setMinutes] = useState(meeting.minutes);
  const [planId, setPlanId] = useState(meeting.planId ?? '');
  const plansQuery = useApiQuery(plansKey(meeting.studentId), (signal) => listPlans(meeting.studentId, signal), {
    enabled: manage,
  });
  const plans = plansQuery.data ?? [];
  // A changed team (someone added or excused) keeps what was typed for the others.
  const [participants, setParticipants] = useState(meeting.participants);
  if (participants !== meeting.participants) {
    setParticipants(meeting.participants);
    setRows((r) => {
      const next = { ...r };
      for (const p of meeting.participants)
        next[p.id] = {
          ...(next[p.id] ?? { attendedBy: 'in_person', signatureName: '' }),
          attendance: p.attendance === 'excused' ? 'excused' : (next[p.id]?.attendance ?? p.attendance),
        };
      return next;
    });
  }

  if (meeting.status === 'cancelled') {
    return (
      <section className="card meeting-card meeting-card-wide" aria-labelledby="hold-heading">
        <h2 id="hold-heading">{t('meetings.hold.title')}</h2>
        <p className="notice notice-info">{t('meetings.cancelled', { reason: meeting.cancelReason ?? '' })}</p>
      </section>
    );
  }

  const set = (pid: string, k: keyof Row, v: string) =>
    setRows((r) => {
      const row = r[pid];
      return row ? { ...r, [pid]: { ...row, [k]: v } } : r;
    });
  const hold = () =>
    action.run(() =>
      holdMeeting(meeting, {
        attendance: meeting.participants.map((p) => {
          const r = rows[p.id];
          if (!r) throw new Error(`no attendance row for participant ${p.id}`);
          return {
            participantId: p.id,
            attendance: r.attendance,
            attendedBy: r.attendance === 'attended' ? r.attendedBy : null,
            signatureName: r.signatureName.trim() || null,
          };
        }),
        minutes,
        planId: planId || null,
      }),
    );

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
          {meeting.participants.map((p) => {
            const r = rows[p.id] ?? { attendance: p.attendance, attendedBy: 'in_person', signatureName: '' };
            const editable = manage && !held && p.attendance !== 'excused';
            return (
              <tr key={p.id}>
                <th scope="row">
                  {p.name}
                  <span className="cell-note">{codeLabel(t, 'meetings.role', p.role)}</span>
                </th>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t('meetings.hold.attendance')}
                  </span>
                  {editable ? (
                    <span className="meeting-inline-fields">
                      <select
                        aria-label={t('meetings.hold.attendanceOf', { name: p.name })}
                        value={r.attendance}
                        onChange={(e) => set(p.id, 'attendance', e.target.value)}
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
                          onChange={(e) => set(p.id, 'attendedBy', e.target.value)}
                        >
                          {ATTENDED_BY.map((a) => (
                            <option key={a} value={a}>
                              {t(`meetings.attendedBy.${a}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </span>
                  ) : (
                    <span>
                      {t(`meetings.attendance.${p.attendance}`)}
                      {p.attendance === 'attended' &&
                        p.attendedBy &&
                        ` (${codeLabel(t, 'meetings.attendedBy', p.attendedBy)})`}
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
                      onChange={(e) => set(p.id, 'signatureName', e.target.value)}
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
          })}
        </tbody>
      </table>
      {manage ? (
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('meetings.hold.minutes')}</label>
          <textarea
            id={`${id}-minutes`}
            rows={6}
            maxLength={50_000}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
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
          <select id={`${id}-plan`} value={planId} onChange={(e) => setPlanId(e.target.value)}>
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
      {action.error && (
        <div className="notice notice-error" role="alert" data-testid="hold-refused">
          <p>
            <strong>
              {action.error.code === 'RULE_VIOLATION' ? t('meetings.hold.refused') : action.error.message}
            </strong>
          </p>
          {(action.error.findings.length > 0 || action.error.errors.length > 0) && (
            <ul>
              {refusalItems(t, intl, action.error).map((e, i) => (
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
      )}
      {manage && !held && (
        <div className="plan-actions-row">
          <button type="button" className="button button-primary" disabled={action.pending} onClick={() => void hold()}>
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

function CancelMeeting({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const id = useId();
  const action = useMeetingAction(onChange);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
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
    <form
      className="meeting-subform"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => cancelMeeting(meeting.id, reason));
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('meetings.cancel.reason')}</label>
        <input
          id={`${id}-reason`}
          type="text"
          required
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {action.error && (
        <p className="field-error" role="alert">
          {action.error.message}
        </p>
      )}
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={action.pending || !reason.trim()}>
          {t('meetings.cancel.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('meetings.cancel.keep')}
        </button>
      </div>
    </form>
  );
}
