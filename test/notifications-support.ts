/** Helpers for the notification suites: deliver a notification as the product does, and a local SMTP sink that really receives mail. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Database } from '../src/db/connect';
import { NotificationsRepo, type NewNotification } from '../src/db/notifications-repo';
import { loadActor } from '../src/server/sessions';

export async function userIdOf(db: Database, email: string): Promise<string> {
  const row = (
    await db.query<{ id: string }>(`SELECT id::text AS id FROM users WHERE lower(email) = lower($1)`, [email])
  )[0];
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/** `scope.notifications.notify(…)` as a use case run by `fromEmail` would call it. */
export async function notifyAs(
  db: Database,
  fromEmail: string,
  n: Omit<NewNotification, 'userIds'> & { to: string[] },
): Promise<string[]> {
  const actor = await loadActor(db, await userIdOf(db, fromEmail));
  const userIds = await Promise.all(n.to.map((e) => userIdOf(db, e)));
  const rows = await db.transaction((tx) => new NotificationsRepo(tx, actor!).notify({ ...n, userIds }));
  return rows.map((r) => r.id);
}

export interface ReceivedMail {
  from: string;
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
}

/** Decodes an RFC 2047 encoded word (=?UTF-8?Q?…?= / =?UTF-8?B?…?=). */
function decodeWords(s: string): string {
  return s.replace(/\s*=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** A single-part text/plain message as nodemailer writes it (quoted-printable, base64 or 7bit). */
export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  const cte = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  let text: string;
  if (cte === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (cte === 'quoted-printable') {
    text = Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  } else text = body;
  return { ...envelope, headers, subject: decodeWords(headers.subject ?? ''), text: text.replace(/\r\n/g, '\n') };
}

/** An SMTP server on 127.0.0.1 and a random port that requires AUTH user/pass and keeps what it receives. */
export async function startSmtpSink(auth = { user: 'openiep', pass: 's3cret' }) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(a, _session, cb) {
      if (a.username === auth.user && a.password === auth.pass) cb(null, { user: a.username });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        received.push(
          parseMail(Buffer.concat(chunks).toString('utf8'), {
            from,
            to: session.envelope.rcptTo.map((r) => r.address),
          }),
        );
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    port,
    url: `smtp://${auth.user}:${auth.pass}@127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
