/** `openiep invite --district ID (--email E | --all-without-password)`: mails links to set a password. */
import { parseArgs } from 'node:util';
import type { Database } from '../db/connect';
import { AppError } from '../domain/errors';
import { inviteAccounts } from '../features/accounts/tokens';
import { loadMailConfig } from '../notify/mailer';
import { loadConfig } from '../server/config';
import { openDatabase } from './database';

const HELP = `Usage: openiep invite --district ID (--email EMAIL | --all-without-password)

Puts in the mail outbox, for accounts of one district (given by its id or NCES id), a mail with a link to
set the account's password, valid 7 days and usable once. Use it after \`openiep import\`, which creates
accounts without a password. The mail is sent by the server when OPENIEP_SMTP_URL is set; the link points
at OPENIEP_PUBLIC_URL. A new invitation replaces an account's unused one.

  --district ID            the district's id (uuid) or NCES id
  --email EMAIL            invite this one account
  --all-without-password   invite every enabled account that has no password yet

Exit codes: 0 done, 2 bad options, 1 unknown district or account, or a database error.`;

export async function runInvite(
  db: Database,
  opts: { district: string; email?: string; allWithoutPassword?: boolean; publicUrl: string },
  log: (m: string) => void,
  err: (m: string) => void,
): Promise<number> {
  try {
    const which = opts.email ? { email: opts.email } : { allWithoutPassword: true as const };
    const r = await inviteAccounts({ db, publicUrl: opts.publicUrl }, opts.district, which);
    for (const e of r.invited) log(`  ${e}`);
    log(`invite: ${r.invited.length} invitation${r.invited.length === 1 ? '' : 's'} queued in ${r.districtName}`);
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
      options: { help: { type: 'boolean', short: 'h' }, district: { type: 'string' }, email: { type: 'string' }, 'all-without-password': { type: 'boolean' } },
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
  const db = await openDatabase(loadConfig());
  try {
    return await runInvite(db, { district: values.district, email: values.email, allWithoutPassword: all, publicUrl: loadMailConfig().publicUrl }, console.log, console.error);
  } finally {
    await db.close();
  }
}
