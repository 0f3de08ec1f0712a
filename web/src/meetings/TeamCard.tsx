/**
 * The team: who is invited, their answers, and (staff) the required-member check of 34 CFR 300.321, recomputed by
 * the server after every change. Those who manage the meeting add and remove members and record excusals
 * (300.321(e): the parent's written agreement, and written input when the member's area is discussed).
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import {
  addParticipant,
  formatTime,
  getInvitable,
  getMeeting,
  recordExcusal,
  removeParticipant,
  type Meeting,
  type Participant,
} from './api';
import { PARTICIPANT_ROLES, EXCUSABLE_ROLES } from '../../../src/domain/meetings';
import { Help } from '../ui/Help';
import { StaleNotice } from '../ui/StaleNotice';
import { useApiQuery } from '../ui/query';
import { invitableKey } from './keys';
import { codeLabel, findingText } from './text';
import { useMeetingAction } from './useAction';

export function TeamCard({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const intl = useIntl();
  const manage = meeting.abilities.manage && meeting.status === 'scheduled';
  const action = useMeetingAction(onChange);
  const [excusing, setExcusing] = useState<string | null>(null);
  const team = meeting.team;
  const problems = team ? (meeting.status === 'held' ? team.held : team.planning) : [];
  const errors = problems.filter((f) => f.severity === 'error');
  const warnings = problems.filter((f) => f.severity === 'warning');

  return (
    <section className="card meeting-card" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('meetings.team.title')}</h2>
      <Help topic="who-attends" />
      {team && (
        <div className="meeting-check" data-testid="team-check">
          <h3>{t('meetings.team.check')}</h3>
          <ul className="meeting-required">
            {team.required.map((r) => (
              <li key={r.requirement} className={r.filled ? 'is-found' : 'is-missing'}>
                <span aria-hidden="true" className="meeting-mark">
                  {r.filled ? '✓' : '✗'}
                </span>
                <span>
                  {codeLabel(t, 'meetings.requirement', r.requirement)}
                  <span className="visually-hidden">
                    {' '}
                    — {r.filled ? t('meetings.team.filled') : t('meetings.team.missing')}
                  </span>
                </span>{' '}
                <span className="citation">{r.citation}</span>
              </li>
            ))}
          </ul>
          <div role="status" aria-live="polite">
            {errors.length === 0 ? (
              <p className="notice notice-success">
                {meeting.status === 'held' ? t('meetings.team.properlyConstituted') : t('meetings.team.allPresent')}
              </p>
            ) : (
              <div className="notice notice-error" data-testid="team-findings">
                <p>
                  <strong>{t('meetings.team.problems', { count: errors.length })}</strong>
                </p>
                <ul>
                  {errors.map((f, i) => (
                    <li key={`${f.code}-${i}`}>
                      {findingText(t, intl, f)} <span className="citation">{f.citation}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {warnings.map((f, i) => (
              <p key={`${f.code}-${i}`} className="notice notice-info">
                {findingText(t, intl, f)} <span className="citation">{f.citation}</span>
              </p>
            ))}
          </div>
        </div>
      )}

      <h3>{t('meetings.team.members')}</h3>
      <ul className="meeting-members">
        {meeting.participants.map((p) => (
          <li key={p.id} className="meeting-member" data-testid="meeting-member">
            <div className="meeting-member-head">
              <span className="meeting-member-name">{p.name}</span>
              <span className="meeting-member-role">
                {codeLabel(t, 'meetings.role', p.role)}
                {p.title && ` — ${p.title}`}
                {p.interpretsEvaluations && p.role !== 'evaluation_interpreter' && `; ${t('meetings.team.interprets')}`}
              </span>
            </div>
            <div className="meeting-member-facts">
              {(p.role === 'parent' || p.role === 'student') && (
                <span>
                  {t(`meetings.response.${p.response}`)}
                  {p.proposedDate &&
                    ` — ${formatIsoDate(intl, p.proposedDate)}${p.proposedTime ? `, ${formatTime(intl.locale, p.proposedTime)}` : ''}`}
                  {p.responseNote && ` (“${p.responseNote}”)`}
                </span>
              )}
              {p.attendance !== 'unknown' && (
                <span className={`badge badge-attendance-${p.attendance}`}>
                  {t(`meetings.attendance.${p.attendance}`)}
                </span>
              )}
              {p.attendance === 'excused' && (
                <span className="muted">
                  {p.excusalAgreedOn
                    ? t('meetings.excusal.agreedOn', { date: formatIsoDate(intl, p.excusalAgreedOn) })
                    : t('meetings.excusal.noAgreement')}
                  {p.areaDiscussed &&
                    ` · ${p.writtenInputOn ? t('meetings.excusal.inputOn', { date: formatIsoDate(intl, p.writtenInputOn) }) : t('meetings.excusal.noInput')}`}
                </span>
              )}
              {p.role === 'agency' && (
                <span className="muted">
                  {p.agencyConsentOn
                    ? t('meetings.agency.consentOn', { date: formatIsoDate(intl, p.agencyConsentOn) })
                    : t('meetings.agency.noConsent')}
                </span>
              )}
            </div>
            {manage && (
              <div className="meeting-member-actions">
                {EXCUSABLE_ROLES.includes(p.role) && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-expanded={excusing === p.id}
                    onClick={() => setExcusing(excusing === p.id ? null : p.id)}
                  >
                    {t('meetings.excusal.open', { name: p.name })}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={action.pending}
                  onClick={() => void action.run(() => removeParticipant(meeting.id, p))}
                >
                  {t('meetings.team.remove', { name: p.name })}
                </button>
              </div>
            )}
            {manage && excusing === p.id && (
              <ExcusalForm
                meeting={meeting}
                participant={p}
                onDone={(m) => {
                  setExcusing(null);
                  onChange(m);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {action.error?.stale ? (
        <StaleNotice
          message={t('meetings.error.staleMember')}
          onReload={() =>
            void getMeeting(meeting.id).then((m) => {
              action.clear();
              onChange(m);
            })
          }
        />
      ) : (
        action.error && (
          <p className="field-error" role="alert">
            {action.error.message}
          </p>
        )
      )}
      {manage && <AddMember meeting={meeting} onChange={onChange} />}
    </section>
  );
}

function ExcusalForm({
  meeting,
  participant: p,
  onDone,
}: {
  meeting: Meeting;
  participant: Participant;
  onDone: (m: Meeting) => void;
}) {
  const t = useT();
  const id = useId();
  const action = useMeetingAction(onDone);
  const [agreedOn, setAgreedOn] = useState(p.excusalAgreedOn ?? '');
  const [areaDiscussed, setAreaDiscussed] = useState(p.areaDiscussed);
  const [inputOn, setInputOn] = useState(p.writtenInputOn ?? '');
  return (
    <form
      className="meeting-subform"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() =>
          recordExcusal(meeting.id, p, {
            excused: true,
            excusalAgreedOn: agreedOn || null,
            areaDiscussed,
            writtenInputOn: areaDiscussed ? inputOn || null : null,
          }),
        );
      }}
    >
      <h4 id={`${id}-title`}>{t('meetings.excusal.title', { name: p.name })}</h4>
      <p className="hint">{t('meetings.excusal.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-agreed`}>{t('meetings.excusal.agreedOnLabel')}</label>
        <input id={`${id}-agreed`} type="date" value={agreedOn} onChange={(e) => setAgreedOn(e.target.value)} />
      </div>
      <div className="field-check">
        <input
          id={`${id}-area`}
          type="checkbox"
          checked={areaDiscussed}
          onChange={(e) => setAreaDiscussed(e.target.checked)}
        />
        <label htmlFor={`${id}-area`}>{t('meetings.excusal.areaDiscussed')}</label>
      </div>
      {areaDiscussed && (
        <div className="field">
          <label htmlFor={`${id}-input`}>{t('meetings.excusal.inputOnLabel')}</label>
          <input id={`${id}-input`} type="date" value={inputOn} onChange={(e) => setInputOn(e.target.value)} />
        </div>
      )}
      {action.error?.stale ? (
        <StaleNotice
          message={t('meetings.error.staleMember')}
          onReload={() => void getMeeting(meeting.id).then(onDone)}
        />
      ) : (
        action.error && (
          <p className="field-error" role="alert">
            {action.error.message}
          </p>
        )
      )}
      <div className="plan-actions-row">
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {t('meetings.excusal.submit')}
        </button>
        {p.attendance === 'excused' && (
          <button
            type="button"
            className="button button-secondary"
            disabled={action.pending}
            onClick={() =>
              void action.run(() =>
                recordExcusal(meeting.id, p, {
                  excused: false,
                  excusalAgreedOn: null,
                  areaDiscussed: false,
                  writtenInputOn: null,
                }),
              )
            }
          >
            {t('meetings.excusal.withdraw')}
          </button>
        )}
      </div>
    </form>
  );
}

function AddMember({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const id = useId();
  const action = useMeetingAction(onChange);
  const missing = meeting.team?.required.find((r) => !r.filled)?.requirement;
  const initialRole =
    missing === 'special_education' ? 'special_education_teacher' : (missing ?? 'general_education_teacher');
  const [role, setRole] = useState<string>(initialRole);
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [interprets, setInterprets] = useState(false);
  const [consentOn, setConsentOn] = useState('');
  const people = useApiQuery(invitableKey(meeting.id), (signal) => getInvitable(meeting.id, signal)).data ?? null;

  const submit = async () => {
    const body: Record<string, unknown> = { role, title, interpretsEvaluations: interprets };
    if (role === 'parent' && userId) body.guardianId = userId;
    else if (userId) body.userId = userId;
    if (name.trim()) body.name = name.trim();
    if (role === 'agency') body.agencyConsentOn = consentOn || null;
    if (await action.run(() => addParticipant(meeting.id, body))) {
      setUserId('');
      setName('');
      setTitle('');
      setInterprets(false);
      setConsentOn('');
    }
  };
  const choices =
    role === 'parent'
      ? (people?.guardians ?? []).map((g) => ({ id: g.id, name: g.name }))
      : role === 'student' || role === 'agency'
        ? []
        : (people?.data ?? []).map((s) => ({ id: s.id, name: `${s.name} (${codeLabel(t, 'role', s.role)})` }));
  const nameError = action.error?.errors.find((e) => e.path === 'name');

  return (
    <form
      className="meeting-subform meeting-add"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-title`}>{t('meetings.add.title')}</h3>
      <div className="meeting-field-row">
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('meetings.add.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => {
              setRole(e.target.value);
              setUserId('');
            }}
          >
            {PARTICIPANT_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`meetings.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {choices.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-who`}>{t('meetings.add.who')}</label>
            <select id={`${id}-who`} value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">{t('meetings.add.someoneElse')}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {!userId && (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('meetings.add.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={Boolean(nameError)}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
          />
          {nameError && (
            <span id={`${id}-name-error`} className="field-error">
              {t('meetings.add.nameNeeded')}
            </span>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-title-field`}>{t('meetings.add.titleField')}</label>
        <input
          id={`${id}-title-field`}
          type="text"
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      {role === 'agency' && (
        <div className="field">
          <label htmlFor={`${id}-consent`}>{t('meetings.add.agencyConsent')}</label>
          <input
            id={`${id}-consent`}
            type="date"
            value={consentOn}
            onChange={(e) => setConsentOn(e.target.value)}
            aria-describedby={`${id}-consent-hint`}
          />
          <span id={`${id}-consent-hint`} className="hint">
            {t('meetings.add.agencyConsentHint')}
          </span>
        </div>
      )}
      {role !== 'parent' && role !== 'student' && role !== 'agency' && role !== 'evaluation_interpreter' && (
        <div className="field-check">
          <input
            id={`${id}-interprets`}
            type="checkbox"
            checked={interprets}
            onChange={(e) => setInterprets(e.target.checked)}
          />
          <label htmlFor={`${id}-interprets`}>{t('meetings.add.interprets')}</label>
        </div>
      )}
      {action.error && !nameError && (
        <p className="field-error" role="alert">
          {action.error.message}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={action.pending}>
        {action.pending ? t('meetings.add.pending') : t('meetings.add.submit')}
      </button>
    </form>
  );
}
