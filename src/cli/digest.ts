import { parseArgs } from 'node:util';
import { isIsoDate } from '../domain/dates';
import { runDigest } from '../notify/digest';
import { deliverMail, loadMailConfig, redactUrl } from '../notify/mailer';
import { loadConfig } from '../server/config';
import { openDatabase } from './database';

/** `openiep digest [--date YYYY-MM-DD] [--no-mail]`: the daily reminders and digest once, then the mailer (what `serve` does each day). */
export async function digestCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { help: { type: 'boolean', short: 'h' }, date: { type: 'string' }, 'no-mail': { type: 'boolean' } },
  });
  if (values.help) {
    console.log(
      'Usage: openiep digest [--date YYYY-MM-DD] [--no-mail]\n\n' +
        'Sends the deadline reminders (OPENIEP_REMINDER_DAYS, default 30,14,7 days before, and once when overdue) and each\n' +
        "person's daily digest, then mails what is waiting: by SMTP when OPENIEP_SMTP_URL is set, else it stays in the\n" +
        'outbox. Running it twice a day delivers nothing twice. --date runs it as of another day (default: today in\n' +
        'OPENIEP_TIME_ZONE, or OPENIEP_TODAY); --no-mail writes the inbox and outbox but sends nothing.',
    );
    return 0;
  }
  if (values.date !== undefined && !isIsoDate(values.date)) {
    console.error('digest: --date must be a date as YYYY-MM-DD');
    return 2;
  }
  const config = loadConfig();
  const mail = loadMailConfig();
  const db = await openDatabase(config, () => undefined);
  try {
    const today = values.date ?? config.today();
    const r = await runDigest(db, {
      today,
      reminderDays: config.reminderDays,
      dueSoonDays: config.dueSoonDays,
      publicUrl: mail.publicUrl,
    });
    for (const e of r.errors) console.error(`digest: user ${e.userId}: ${e.error}`);
    const sendable = values['no-mail'] ? { ...mail, smtpUrl: null } : mail;
    const d = await deliverMail(db, sendable);
    console.log(
      JSON.stringify(
        {
          ...r,
          errors: r.errors.length,
          mail: { ...d, smtp: mail.smtpUrl && !values['no-mail'] ? redactUrl(mail.smtpUrl) : null },
        },
        null,
        2,
      ),
    );
    return r.errors.length ? 1 : 0;
  } finally {
    await db.close();
  }
}
