/**
 * The team: who is invited, their answers, and (staff) the required-member check of 34 CFR 300.321, recomputed by
 * the server after every change. Those who manage the meeting add and remove members and record excusals
 * (300.321(e): the parent's written agreement, and written input when the member's area is discussed).
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { EXCUSABLE_ROLES } from '../../../src/domain/meetings';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { Help } from '../ui/Help';
import { StaleNotice } from '../ui/StaleNotice';
import { AddMember } from './AddMember';
import { formatTime, getMeeting, removeParticipant, type Meeting, type Participant } from './api';
import { ExcusalForm } from './ExcusalForm';
import { codeLabel, findingText } from './text';
import { useMeetingAction, type ActionError } from './useAction';

export function TeamCard({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useT();
  const manage = meeting.abilities.manage && meeting.status === 'scheduled';
  const action = useMeetingAction(onChange);
  const [excusing, setExcusing] = useState<string | null>(null);
  const team = meeting.team;

  return (
    <section className="card meeting-card" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('meetings.team.title')}</h2>
      <Help topic="who-attends" />
      {team && <TeamCheck meeting={meeting} team={team} />}

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
            <MemberFacts p={p} />
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
      <MemberActionError meeting={meeting} error={action.error} onChange={onChange} clear={action.clear} />
      {manage && <AddMember meeting={meeting} onChange={onChange} />}
    </section>
  );
}

/** The required members of 34 CFR 300.321 (filled or not) and what the server found about the team. */
function TeamCheck({ meeting, team }: { meeting: Meeting; team: NonNullable<Meeting['team']> }) {
  const t = useT();
  const intl = useIntl();
  const problems = meeting.status === 'held' ? team.held : team.planning;
  const errors = problems.filter((f) => f.severity === 'error');
  const warnings = problems.filter((f) => f.severity === 'warning');
  return (
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
  );
}

/** A member's answer, attendance, excusal and (an agency's) consent. */
function MemberFacts({ p }: { p: Participant }) {
  const t = useT();
  const intl = useIntl();
  return (
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
        <span className={`badge badge-attendance-${p.attendance}`}>{t(`meetings.attendance.${p.attendance}`)}</span>
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
  );
}

/** Why removing a member failed; a member changed by someone else since offers to load the meeting again. */
function MemberActionError({
  meeting,
  error,
  onChange,
  clear,
}: {
  meeting: Meeting;
  error: ActionError | null;
  onChange: (m: Meeting) => void;
  clear: () => void;
}) {
  const t = useT();
  return (
    <>
      {error?.stale ? (
        <StaleNotice
          message={t('meetings.error.staleMember')}
          onReload={() =>
            void getMeeting(meeting.id).then((m) => {
              clear();
              onChange(m);
            })
          }
        />
      ) : (
        error && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )
      )}
    </>
  );
}
