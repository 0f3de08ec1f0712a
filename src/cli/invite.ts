/** `openiep invite --district ID (--email E | --all-without-password) [--print-link]`: links to set a password. */
import { parseArgs } from 'node:util';
import type { Database } from '../db/connect';
import { AppError } from '../domain/errors';
import { LinkMailer } from '../features/accounts/delivery';
import { inviteAccounts, type InviteMode } from '../features/accounts/tokens';
import { loadMailConfig } from '../notify/mailer';
import { loadConfig } from '../server/config';
import { openDatabase } from './database';

const HELP = `Usage: openiep invite --district ID (--email EMAIL | --all-without-password) [--print-link]

Gives accounts of one district (given by its id or NCES id) a link to set the account's password, valid 7 days
and usable once. Use it after \`openiep import\`, which creates accounts without a password, or when someone has
forgotten theirs on an installation that sends no mail. A new invitation replaces an account's unused one.

The link is mailed by the SMTP server of OPENIEP_SMTP_URL, at once; the outbox keeps the mail with the link
masked. With --print-link nothing is mailed: each link is printed here, on standard output, for you to hand to
its owner (it is in no log and not in the outbox). Without OPENIEP_SMTP_URL, --print-link is the only way.
Links point at OPENIEP_PUBLIC_URL.

  --district ID            the district's id (uuid) or NCES id
  --email EMAIL            invite this one account
  --all-without-password   invite every enabled account that has no password yet
  --print-link             print the links instead of mailing them

Exit codes: 0 done (also when a mail failed: see the list), 2 bad options or no mail configured without
--print-link, 1 unknown district or account, or a database error.`;

export async function runInvite(
  db: Database,
  opts: { district: string; email?: string | undefined; allWithoutPassword?: boolean; publicUrl: string } & InviteMode,
  log: (m: string) => void,
  err: (m: string) => void,
): Promise<number> {
  try {
    const which = opts.email ? { email: opts.email } : { allWithoutPassword: true as const };
    const mode: InviteMode = 'printLink' in opts ? { printLink: true } : { mailer: opts.mailer };
    const r = await inviteAccounts({ db, publicUrl: opts.publicUrl }, opts.district, which, mode);
    for (const i of r.invited) {
      if (i.delivery === 'printed') log(`  ${i.email}  ${i.link}`);
      else
        log(
          `  ${i.email}  ${i.delivery === 'sent' ? 'mailed' : 'NOT mailed: the SMTP server refused it (see the Mail outbox); run again'}`,
        );
    }
    const n = r.invited.length;
    const what = `${n} invitation${n === 1 ? '' : 's'}`;
    if ('printLink' in mode)
      log(`invite: ${what} in ${r.districtName}; hand each link to its owner (it works once, for 7 days)`);
    else {
      const failed = r.invited.filter((i) => i.delivery === 'failed').length;
      log(`invite: ${what} mailed in ${r.districtName}${failed ? ` (${failed} failed)` : ''}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'INVALID_STATE')) {
      err(`invite: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

export async function inviteCommand(args: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        district: { type: 'string' },
        email: { type: 'string' },
        'all-without-password': { type: 'boolean' },
        'print-link': { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    console.error(`invite: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const all = !!values['all-without-password'];
  if (values.help || !values.district || !!values.email === all) {
    (values.help ? console.log : console.error)(HELP);
    return values.help ? 0 : 2;
  }
  const mail = loadMailConfig();
  const mailer = values['print-link'] ? null : LinkMailer.fromConfig(mail);
  if (!values['print-link'] && !mailer) {
    console.error(
      'invite: this installation sends no mail (OPENIEP_SMTP_URL is not set). Run again with --print-link, and hand each link to its owner.',
    );
    return 2;
  }
  // Only the invitation's own lines go to standard output (the links among them); the rest to standard error.
  const db = await openDatabase(loadConfig(), console.error);
  try {
    const base = { district: values.district, email: values.email, allWithoutPassword: all, publicUrl: mail.publicUrl };
    return await runInvite(db, mailer ? { ...base, mailer } : { ...base, printLink: true }, console.log, console.error);
  } finally {
    await mailer?.close();
    await db.close();
  }
}
