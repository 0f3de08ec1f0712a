/** A state profile's numbers, each with its source (the citations are legal references, kept as written: English). */
import { useIntl } from 'react-intl';
import { useT } from '../i18n';
import type { ProfileDefinition } from './api';
import { daysValue, evaluationValue, profileName } from './logic';

export function ProfileTable({ profile }: { profile: ProfileDefinition }) {
  const t = useT();
  const intl = useIntl();
  const name = profileName(intl, profile);
  const dd = profile.developmentalDelayAges;
  const rows: { key: string; label: string; value: string; source: string }[] = [
    {
      key: 'evaluation',
      label: t('settings.profile.evaluation'),
      value: evaluationValue(intl, profile.evaluationTimeline),
      source: profile.citations.evaluationTimeline,
    },
    {
      key: 'notice',
      label: t('settings.profile.meetingNotice'),
      value: profile.meetingNotice
        ? daysValue(intl, profile.meetingNotice.days, profile.meetingNotice.counting)
        : t('settings.value.earlyEnough'),
      source: profile.citations.meetingNotice,
    },
    {
      key: 'transition',
      label: t('settings.profile.transition'),
      value: t('settings.value.age', { age: profile.transitionAge }),
      source: profile.citations.transitionAge,
    },
    {
      key: 'majority',
      label: t('settings.profile.majority'),
      value: t('settings.value.age', { age: profile.ageOfMajority }),
      source: profile.citations.ageOfMajority,
    },
    {
      key: 'dd',
      label: t('settings.profile.developmentalDelay'),
      value: dd ? t('settings.value.ageRange', { min: dd.min, max: dd.max }) : t('settings.value.notUsed'),
      source: profile.citations.developmentalDelayAges,
    },
    {
      key: 'portal',
      label: t('settings.profile.portal'),
      value: t('settings.value.age', { age: profile.studentPortalAge }),
      source: profile.citations.studentPortalAge,
    },
  ];
  return (
    <table className="data-table stacked profile-table" data-testid="profile-table" data-profile={profile.code}>
      <caption>{t('settings.profile.caption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.profile.column.rule')}</th>
          <th scope="col">{t('settings.profile.column.value')}</th>
          <th scope="col">{t('settings.profile.column.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-rule={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('settings.profile.column.value')}
              </span>
              <span>{r.value}</span>
            </td>
            <td>
              <span className="cell-label" aria-hidden="true">
                {t('settings.profile.column.source')}
              </span>
              <span className="citation" lang="en">
                {r.source}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
