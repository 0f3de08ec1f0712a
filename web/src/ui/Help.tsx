/**
 * Plain-language help, placed where the question arises (not in a separate manual). Written by the project from
 * the questions the seed answers, in English and Spanish (messages in src/documents/messages/areas/portal.*).
 * Usage: <Help topic="who-attends" /> — a disclosure (native <details>/<summary>: keyboard and screen-reader
 * friendly without script) whose summary is the question and whose body is a short answer, with the rule it
 * comes from in small print.
 */
import type { MessageId } from '../../../src/documents/messages/index.ts';
import { useT } from '../i18n';

export const HELP_TOPICS = [
  'what-is-iep',
  'who-attends',
  'prepare-meeting',
  'disagree',
  'consent',
  'prior-notice',
  'records',
  'deadlines',
  'safeguards',
  'student-input',
  'transition',
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** Topics whose answer ends with a short list (each a message id). */
const LISTS: Partial<Record<HelpTopic, readonly MessageId[]>> = {
  disagree: [
    'help.disagree.facilitated',
    'help.disagree.mediation',
    'help.disagree.complaint',
    'help.disagree.dueProcess',
  ],
};

/** Topics with a link to the place where the person acts on the answer. */
const LINKS: Partial<Record<HelpTopic, { href: string; label: MessageId }>> = {
  'prepare-meeting': { href: '#family-prepare', label: 'help.prepare-meeting.link' },
};

export function Help({
  topic,
  open = false,
}: {
  topic: HelpTopic;
  /** Start open (e.g. on a page about this very question). */ open?: boolean;
}) {
  const t = useT();
  const list = LISTS[topic];
  const link = LINKS[topic];
  return (
    <details className="help" data-help-topic={topic} open={open || undefined}>
      <summary>
        <span className="help-icon" aria-hidden="true">
          ?
        </span>
        <span className="help-question">{t(`help.${topic}.q`)}</span>
      </summary>
      <div className="help-answer">
        <p>{t(`help.${topic}.a`)}</p>
        {list && (
          <ul>
            {list.map((id) => (
              <li key={id}>{t(id)}</li>
            ))}
          </ul>
        )}
        {link && (
          <p>
            <a href={link.href}>{t(link.label)}</a>
          </p>
        )}
        <p className="help-cite">
          <small>{t('help.cite', { cite: t(`help.${topic}.cite`) })}</small>
        </p>
      </div>
    </details>
  );
}

/** Several help topics side by side (they wrap on a phone). */
export function HelpRow({ topics }: { topics: readonly HelpTopic[] }) {
  return (
    <div className="help-row">
      {topics.map((topic) => (
        <Help key={topic} topic={topic} />
      ))}
    </div>
  );
}
