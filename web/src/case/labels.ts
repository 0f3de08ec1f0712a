/** Words for the case clock's codes (rules, statuses, event kinds, delay reasons, …), from the catalogue; the code itself when missing. */
import type { IntlShape } from 'react-intl';
import { isMessageId } from '../i18n';

function label(intl: IntlShape, key: string, fallback: string): string {
  return isMessageId(key) ? intl.formatMessage({ id: key }) : fallback;
}

export const ruleLabel = (intl: IntlShape, rule: string) => label(intl, `deadline.rule.${rule}`, rule);
/** A sentence a parent (or, `forStudent`, the student themself) understands: what the deadline is for. */
export const ruleExplanation = (intl: IntlShape, rule: string, forStudent = false) =>
  (forStudent ? label(intl, `deadline.explainStudent.${rule}`, '') : '') || label(intl, `deadline.explain.${rule}`, '');
export const deadlineStatusLabel = (intl: IntlShape, status: string) =>
  label(intl, `deadline.status.${status}`, status);
export const eventKindLabel = (intl: IntlShape, kind: string) => label(intl, `case.event.kind.${kind}`, kind);
export const delayReasonLabel = (intl: IntlShape, reason: string) => label(intl, `case.delay.${reason}`, reason);
export const consentTypeLabel = (intl: IntlShape, type: string) => label(intl, `case.consentType.${type}`, type);
export const referralSourceLabel = (intl: IntlShape, source: string) =>
  label(intl, `case.referralSource.${source}`, source);
export const meetingPurposeLabel = (intl: IntlShape, purpose: string) =>
  label(intl, `case.meetingPurpose.${purpose}`, purpose);
export const exitReasonLabel = (intl: IntlShape, reason: string) => label(intl, `case.exitReason.${reason}`, reason);
export const indicatorTitle = (intl: IntlShape, id: string) => label(intl, `compliance.indicator.${id}.title`, id);
export const indicatorExplanation = (intl: IntlShape, id: string) =>
  label(intl, `compliance.indicator.${id}.explain`, '');
/** Why a child is left out of an indicator: the measurement's own reasons, else a delay reason. */
export const indicatorReasonLabel = (intl: IntlShape, reason: string) =>
  label(intl, `indicators.reason.${reason}`, '') || delayReasonLabel(intl, reason);
