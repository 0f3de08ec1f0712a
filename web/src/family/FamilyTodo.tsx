/**
 * The family's home: what is waiting for them, across their children — consents to answer and meeting invitations
 * to answer — each one link from where it is done. Built from the same lists the student page shows.
 */
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useApiQuery } from '../ui/query';
import { listStudents } from '../students/api';
import { listConsents } from '../consents/api';
import type { MessageId } from '../../../src/documents/messages/index.ts';
import { useT } from '../i18n';
import { formatIsoDate } from '../labels';
import { listMeetings } from '../meetings/api';

export interface FamilyTask {
  key: string;
  kind: 'consent' | 'meeting';
  studentName: string;
  to: string;
  /** consent: its type; meeting: its purpose. */
  code: string;
  /** meeting: its date. */
  date?: string;
}

/** What is waiting for the family across their children (a child's list that fails is left out). */
async function loadTasks(signal: AbortSignal): Promise<FamilyTask[]> {
  const children = (await listStudents({ limit: 20 }, signal)).data;
  const tasks: FamilyTask[] = [];
  for (const c of children) {
    const name = c.firstName;
    const [consents, meetings] = await Promise.all([
      listConsents(c.id, signal).catch(() => null),
      listMeetings(c.id, signal).catch(() => []),
    ]);
    for (const k of consents?.data ?? []) {
      if (k.status === 'requested' && k.abilities.answer)
        tasks.push({
          key: `c:${k.id}`,
          kind: 'consent',
          studentName: name,
          to: `/students/${c.id}#consents-heading`,
          code: k.type,
        });
    }
    for (const m of meetings) {
      if (m.status === 'scheduled' && m.abilities.respond && (m.myResponse === null || m.myResponse === 'pending'))
        tasks.push({
          key: `m:${m.id}`,
          kind: 'meeting',
          studentName: name,
          to: `/meetings/${m.id}`,
          code: m.purpose,
          date: m.date,
        });
    }
  }
  return tasks;
}

export function FamilyTodo() {
  const t = useT();
  const intl = useIntl();
  const query = useApiQuery(['family-todo'], loadTasks);

  if (!query.isSuccess) return null;
  const tasks = query.data;
  return (
    <section className="card family-todo" aria-labelledby="family-todo-heading" data-testid="family-todo">
      <h2 id="family-todo-heading">{t('portal.todo.title')}</h2>
      {tasks.length === 0 ? (
        <p className="muted">{t('portal.todo.none')}</p>
      ) : (
        <ul>
          {tasks.map((task) => (
            <li key={task.key}>
              <Link to={task.to}>
                {task.kind === 'consent'
                  ? t('portal.todo.consent', {
                      name: task.studentName,
                      type: t(`consents.type.${task.code}` as MessageId),
                    })
                  : t('portal.todo.meeting', {
                      name: task.studentName,
                      purpose: t(`meetings.purpose.${task.code}` as MessageId),
                      date: formatIsoDate(intl, task.date ?? ''),
                    })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
