/** Words for meeting codes and findings in the reader's language (the API explains in English; the catalogue speaks here). */
import { isMessageId } from '../../i18n';
import type { MessageId } from '../../../../src/documents/messages';
import type { Meeting, MeetingFinding } from '../../meetings/api';

type T = (id: MessageId, values?: Record<string, string | number | Date | null | undefined>) => string;

/** A code's label ('meetings.role.parent'), or the code itself when the catalogue has none. */
export function codeLabel(t: T, prefix: string, code: string | null | undefined): string {
  if (!code) return '';
  const key = `${prefix}.${code}`;
  return isMessageId(key) ? t(key) : code;
}

/** A finding of the 300.321 / 300.322 checks, in the reader's language, naming the member it is about. */
export function findingText(t: T, f: MeetingFinding, participants: Meeting['participants']): string {
  const member = (req: string) => codeLabel(t, 'meetings.requirement', req);
  let text: string;
  const m = /^team\.(missing|absent|attendance_unknown)\.(.+)$/.exec(f.rule);
  if (m) {
    const key = m[1] === 'missing' ? 'meetings.finding.missing' : m[1] === 'absent' ? 'meetings.finding.absent' : 'meetings.finding.attendanceUnknown';
    text = t(key, { member: member(m[2]!) });
  } else {
    const key = `meetings.finding.${f.rule}`;
    text = isMessageId(key) ? t(key) : f.message;
  }
  const pid = /^participants\.(.+)$/.exec(f.path)?.[1];
  const who = pid ? participants.find((p) => p.id === pid) : undefined;
  return who ? t('meetings.finding.forMember', { name: who.name, message: text }) : text;
}
