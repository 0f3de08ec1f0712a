/**
 * For the staff who manage the case: what the family sent (concerns, student input), their meeting and records
 * requests — with "Add to the draft IEP", "Mark as read", "Mark scheduled" and "Close request". Shown only when the
 * API lets the caller read them (teachers and providers get a 404 and see nothing here).
 */
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { isApiError, isStale } from '../api';
import {
  acknowledgeInput,
  addInputToDraft,
  listMeetingRequests,
  listRecordsRequests,
  updateMeetingRequest,
  type FamilyInputList,
  type MeetingRequest,
  type RecordsRequest,
} from './api';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { StaleNotice } from '../ui/StaleNotice';
import { SafeguardsGiven } from './SafeguardsGiven';
import { useLoad, type Load } from '../ui/query';
import { meetingRequestsKey, recordsRequestsKey } from './keys';

export function StaffFamilyPanel({
  studentId,
  list,
  onChanged,
}: {
  studentId: string;
  list: FamilyInputList;
  onChanged: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const [requests, reloadRequests, updateRequests] = useLoad(meetingRequestsKey(studentId), (signal) =>
    listMeetingRequests(studentId, signal).then((r) => r.data),
  );
  const [records] = useLoad(recordsRequestsKey(studentId), (signal) =>
    listRecordsRequests(studentId, signal).then((r) => r.data),
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** A request answered (or changed) by someone else since the list was loaded: nothing was saved. */
  const [stale, setStale] = useState(false);

  const act = async (key: string, fn: () => Promise<unknown>, after: () => void) => {
    setBusy(key);
    setError(null);
    setStale(false);
    try {
      await fn();
      after();
    } catch (e) {
      if (isStale(e)) setStale(true);
      else setError(isApiError(e) && e.detail ? e.detail : t('portal.error.send'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section
      id="family"
      aria-labelledby="family-heading"
      className="record-section family-staff"
      aria-busy={requests.phase === 'loading' || records.phase === 'loading'}
    >
      <h2 id="family-heading">{t('portal.staff.title')}</h2>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {stale && (
        <StaleNotice
          message={t('portal.staff.requests.stale')}
          onReload={() => {
            setStale(false);
            reloadRequests();
          }}
        />
      )}
      <div className="family-staff-grid">
        <section className="card" aria-labelledby="family-staff-input">
          <h3 id="family-staff-input">{t('portal.staff.input')}</h3>
          {list.data.length === 0 ? (
            <p className="empty">{t('portal.staff.input.empty')}</p>
          ) : (
            <ul className="family-list">
              {list.data.map((i) => (
                <li key={i.id} data-testid="staff-family-input">
                  <p className="family-meta">
                    <span className="badge">{t(`portal.staff.kind.${i.kind}`)}</span>{' '}
                    {t('portal.staff.by', {
                      name: i.authorName,
                      date: intl.formatDate(i.createdAt, { dateStyle: 'medium' }),
                    })}
                  </p>
                  <p className="family-text">{i.text}</p>
                  {i.planId ? (
                    <p className="family-meta">
                      <span className="badge family-badge-done">{t('portal.staff.added')}</span>
                    </p>
                  ) : (
                    <div className="family-actions">
                      {list.draftPlanId ? (
                        <button
                          type="button"
                          className="button button-primary button-small"
                          disabled={busy !== null}
                          onClick={() => void act(`add:${i.id}`, () => addInputToDraft(i.id), onChanged)}
                        >
                          {t('portal.staff.addToDraft')}
                        </button>
                      ) : (
                        <span className="hint">{t('portal.staff.noDraft')}</span>
                      )}
                      {i.acknowledgedByName ? (
                        <span className="hint">{t('portal.staff.readBy', { name: i.acknowledgedByName })}</span>
                      ) : (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy !== null}
                          onClick={() => void act(`ack:${i.id}`, () => acknowledgeInput(i.id), onChanged)}
                        >
                          {t('portal.staff.acknowledge')}
                        </button>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="family-staff-requests">
          <h3 id="family-staff-requests">{t('portal.staff.requests')}</h3>
          <Requests
            state={requests}
            render={(rows: MeetingRequest[]) =>
              rows.length === 0 ? (
                <p className="empty">{t('portal.staff.requests.empty')}</p>
              ) : (
                <ul className="family-list">
                  {rows.map((r) => (
                    <li key={r.id} data-testid="staff-meeting-request">
                      <p className="family-meta">
                        {t('portal.staff.by', {
                          name: r.requestedByName,
                          date: intl.formatDate(r.createdAt, { dateStyle: 'medium' }),
                        })}{' '}
                        <span className={`badge family-request-${r.status}`}>
                          {t(`portal.meetingRequest.status.${r.status}`)}
                        </span>
                      </p>
                      <p className="family-text">{r.reason}</p>
                      {r.preferredTimes && (
                        <p className="family-meta">{t('portal.staff.requests.times', { times: r.preferredTimes })}</p>
                      )}
                      {r.status === 'open' && (
                        <div className="family-actions">
                          {(['scheduled', 'closed'] as const).map((status) => (
                            <button
                              key={status}
                              type="button"
                              className={`button button-small ${status === 'scheduled' ? 'button-primary' : 'button-secondary'}`}
                              disabled={busy !== null}
                              onClick={() =>
                                void act(
                                  `${status}:${r.id}`,
                                  () =>
                                    updateMeetingRequest(r, status).then((next) =>
                                      updateRequests((list) => list.map((x) => (x.id === next.id ? next : x))),
                                    ),
                                  () => undefined,
                                )
                              }
                            >
                              {t(status === 'scheduled' ? 'portal.staff.schedule' : 'portal.staff.close')}
                            </button>
                          ))}
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )
            }
          />
        </section>

        <section className="card" aria-labelledby="family-staff-records">
          <h3 id="family-staff-records">{t('portal.staff.records')}</h3>
          <Requests
            state={records}
            render={(rows: RecordsRequest[]) =>
              rows.length === 0 ? (
                <p className="empty">{t('portal.staff.records.empty')}</p>
              ) : (
                <ul className="family-list">
                  {rows.map((r) => (
                    <li key={r.id} data-testid="staff-records-request">
                      <p>
                        {t('portal.staff.records.item', {
                          name: r.requestedBy,
                          date: formatIsoDate(intl, r.requestedOn),
                          due: formatIsoDate(intl, r.due),
                        })}{' '}
                        <span className={`badge family-status-${r.status}`}>
                          {t(`portal.records.status.${r.status}`)}
                        </span>
                      </p>
                      {r.scope && <p className="family-text">{r.scope}</p>}
                    </li>
                  ))}
                </ul>
              )
            }
          />
        </section>

        <SafeguardsGiven studentId={studentId} />
      </div>
    </section>
  );
}

function Requests<T>({ state, render }: { state: Load<T>; render: (v: T) => ReactNode }) {
  const t = useT();
  if (state.phase === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (state.phase === 'error') return <p className="notice notice-error">{t('portal.error.load')}</p>;
  return <>{render(state.value)}</>;
}
