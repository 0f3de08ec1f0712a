/**
 * One consent request: what is asked, in plain words, and its answer. A parent with educational rights signs it
 * here (typed name + an explicit checkbox) or revokes a given consent in writing; staff record a paper answer or a
 * written revocation. Which forms appear follows the abilities the API sends.
 */
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { consentPdfUrl, type Consent } from './api';
import { Help } from '../ui/Help';
import { PaperAnswerForm, WrittenRevocationForm } from './PaperForm';
import { PortalRevokeForm } from './PortalRevokeForm';
import { PdfLinks } from './shared';
import { SignForm } from './SignForm';

export function ConsentStatusBadge({ status }: { status: Consent['status'] }) {
  const t = useT();
  return <span className={`badge badge-consent badge-consent-${status}`}>{t(`consents.status.${status}`)}</span>;
}

export function ConsentItem({
  consent: c,
  family,
  today,
  onChange,
}: {
  consent: Consent;
  family: boolean;
  today: string;
  onChange: (c: Consent) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const [done, setDone] = useState<string | null>(null);
  const title = t('consents.formTitle', { type: c.type });
  const date = (d: string) => formatIsoDate(intl, d);

  const changed = (next: Consent, message: string) => {
    setDone(message);
    onChange(next);
  };

  return (
    <li className={`card consent-card consent-${c.status}`} data-testid="consent" aria-labelledby={headingId}>
      <div className="consent-head">
        <h4 id={headingId}>{title}</h4>
        <ConsentStatusBadge status={c.status} />
      </div>
      <p className="muted consent-meta">
        {t('consents.requestedOn', { date: date(c.requestedOn), name: c.requestedByName })}
      </p>

      <ConsentWording consent={c} family={family} />
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}

      <ConsentForms consent={c} family={family} today={today} onChange={changed} />
      {c.abilities.print && <PdfLinks url={(lang) => consentPdfUrl(c.id, lang)} title={title} />}
    </li>
  );
}

/** What is asked, what it means (to the family, while open), and the answer or revocation so far. */
function ConsentWording({ consent: c, family }: { consent: Consent; family: boolean }) {
  const t = useT();
  const intl = useIntl();
  const date = (d: string) => formatIsoDate(intl, d);
  const open = c.status === 'requested';
  return (
    <>
      {(family || open) && (
        <>
          <h5>{t('consents.whatWeAsk')}</h5>
          <p className="consent-text">{c.description}</p>
        </>
      )}
      {c.type === 'release_of_information' && (
        <dl className="facts consent-release">
          <div className="fact">
            <dt>{t('consents.recordsToRelease')}</dt>
            <dd>{c.recordsToRelease}</dd>
          </div>
          <div className="fact">
            <dt>{t('consents.releaseTo')}</dt>
            <dd>{c.releaseTo}</dd>
          </div>
        </dl>
      )}
      {family && open && (
        <>
          <h5>{t('consents.whatItMeans')}</h5>
          <p>{t(`consents.explain.${c.type}`)}</p>
          <p>{t('consents.explain.voluntary')}</p>
          <Help topic="consent" />
        </>
      )}

      {c.answer && (
        <p className="consent-answer">
          {t('consents.answeredOn', {
            status: t(`consents.status.${c.answer.decision}`),
            date: date(c.answer.on),
            method: t(`consents.method.${c.answer.method}`),
            name: c.answer.signerName,
          })}
          {c.answer.recordedByName && (
            <span className="muted consent-recorded">
              {' '}
              · {t('consentDoc.field.recordedBy')}: {c.answer.recordedByName}
            </span>
          )}
        </p>
      )}
      {c.revocation && (
        <p className="consent-answer">
          {t('consents.revokedOn', { date: date(c.revocation.on), name: c.revocation.signerName })}
        </p>
      )}
      {c.type === 'initial_services' && c.status === 'refused' && (
        <p className="notice notice-info">{t('consent.refused.noOverride')}</p>
      )}
    </>
  );
}

/** The forms the person may use on this consent, from the abilities the API sent. */
function ConsentForms({
  consent: c,
  family,
  today,
  onChange,
}: {
  consent: Consent;
  family: boolean;
  today: string;
  onChange: (next: Consent, message: string) => void;
}) {
  const t = useT();
  return (
    <>
      {c.abilities.answer && (
        <SignForm
          consent={c}
          onSigned={(n) => onChange(n, t('consents.sign.done', { status: t(`consents.status.${n.status}`) }))}
        />
      )}
      {c.abilities.recordPaperAnswer && (
        <PaperAnswerForm consent={c} today={today} onRecorded={(n) => onChange(n, t('consents.paper.done'))} />
      )}
      {c.abilities.revoke &&
        (family ? (
          <PortalRevokeForm consent={c} onRevoked={(n) => onChange(n, t('consents.revoke.done'))} />
        ) : (
          <WrittenRevocationForm consent={c} today={today} onRevoked={(n) => onChange(n, t('consents.revoke.done'))} />
        ))}
    </>
  );
}
