/**
 * Invitations and password resets: one-time links that set a password. The link carries a random 32-byte token;
 * the database keeps only its SHA-256 (password_tokens), and the outbox keeps the mail with the link masked
 * (delivery.ts says why and how the link reaches its owner), so neither a leaked database, the audit log nor the
 * district administrator's outbox holds a usable link. An invitation from the app goes through the signed-in
 * administrator's data handle (its repository checks they may invite); `openiep invite` through a system handle.
 * A reset and setting the password run before anyone is signed in, so they work on the database directly, like
 * sign-in (src/server/sessions.ts), and write their own audit entries.
 */
import crypto from 'node:crypto';
import type { Database } from '../../db/connect';
import { PasswordLinksRepo, type AccountRow, type PasswordTokenRow } from '../../db/accounts-repo';
import { districtsByRef } from '../../db/district-repo';
import { SignInRepo } from '../../db/sign-in-repo';
import { systemHandle, writeAudit, type DataHandle, type Scope } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { passwordProblems, tokenExpiresAt, tokenUsable, type PasswordTokenPurpose } from '../../domain/passwords';
import { FORGET_AFTER_HOURS, resetMayMail } from '../../domain/sign-in-limits';
import type { Actor } from '../../policy/actor';
import { hashPassword } from '../../db/passwords';
import { emailHash } from '../../server/sessions';
import type { Delivery, LinkMail, LinkMailer } from './delivery';
import { renderPasswordMail, setPasswordUrl } from './mail';
import { must } from '../../db/values';

export interface AccountDeps {
  db: Database;
  /** Where the app is, for the link in the mail (OPENIEP_PUBLIC_URL). */
  publicUrl: string;
  /** The SMTP server the links go to; null when this installation sends no mail. */
  mailer: LinkMailer | null;
}

type AuditActor = Parameters<typeof writeAudit>[1];

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

const asActor = (u: AccountRow): AuditActor => ({
  userId: u.id,
  districtId: u.districtId,
  name: `${u.firstName} ${u.lastName}`,
  role: u.role as Actor['role'],
});

/**
 * Makes a link for `user` (replacing any unused link of the same purpose). With `outbox`, the mail is recorded in
 * the outbox with the link masked, to be sent by the caller after commit; without, the link is for the operator's
 * terminal only. Runs inside the caller's transaction.
 */
/** Where a link and its mail are stored: through the administrator's repository, or the database directly. */
interface TokenStore {
  store(
    user: AccountRow,
    t: { tokenHash: string; purpose: PasswordTokenPurpose; createdAt: string; expiresAt: string },
  ): Promise<void>;
  queueMail(
    user: AccountRow,
    m: { subject: string; storedText: string; kind: string; language: string },
  ): Promise<string>;
}

const directStore = (repo: PasswordLinksRepo): TokenStore => ({
  store: (u, t) => repo.storeToken(u, t),
  queueMail: (u, m) => repo.queueMail(u, m),
});
const administratorStore = (scope: Scope): TokenStore => ({
  store: (u, t) => scope.accounts.storeInvitation(u.id, t),
  queueMail: (u, m) => scope.accounts.queueInvitationMail(u.id, m),
});

async function issueToken(
  store: TokenStore,
  user: AccountRow,
  purpose: PasswordTokenPurpose,
  publicUrl: string,
  nowMs: number,
  outbox: boolean,
): Promise<{ link: string; mail: LinkMail | null }> {
  const token = crypto.randomBytes(32).toString('base64url');
  await store.store(user, {
    tokenHash: sha256(token),
    purpose,
    createdAt: new Date(nowMs).toISOString(),
    expiresAt: new Date(tokenExpiresAt(purpose, nowMs)).toISOString(),
  });
  const link = setPasswordUrl(publicUrl, token);
  if (!outbox) return { link, mail: null };
  const mail = renderPasswordMail({
    purpose,
    preferredLanguage: user.preferredLanguage,
    name: `${user.firstName} ${user.lastName}`,
    email: user.email,
    token,
    publicUrl,
  });
  const outboxId = await store.queueMail(user, {
    subject: mail.subject,
    storedText: mail.storedText,
    kind: `account.${purpose}`,
    language: mail.language,
  });
  return {
    link,
    mail: { outboxId, to: user.email, subject: mail.subject, bodyText: mail.bodyText, language: mail.language },
  };
}

/** The command that hands out an invitation on an installation without mail. */
export function printLinkCommand(district: string, email: string): string {
  return `openiep invite --district ${district} --email ${email} --print-link`;
}

/**
 * A district administrator invites one account of their district to set its password; the mail goes to the SMTP
 * server at once. Others: 404. Without SMTP: 409 MAIL_NOT_CONFIGURED, naming the command to run on the server.
 */
export async function inviteUser(
  deps: AccountDeps,
  handle: DataHandle,
  userId: string,
): Promise<{ userId: string; email: string; expiresAt: string; delivery: Delivery }> {
  const nowMs = Date.now();
  // Anyone who may not invite this account (or it is not their district's) is answered 404, recorded as refused.
  const found = await handle.read((scope) => scope.accounts.invitable(userId));
  const mailer = deps.mailer;
  if (!mailer) {
    await handle.run((scope) =>
      scope.audit({ action: 'account.invite', outcome: 'failure', context: { userId, reason: 'no_mail' } }),
    );
    throw new AppError(
      'MAIL_NOT_CONFIGURED',
      `This installation does not send mail, so invitations are not sent from here. Whoever runs the server can hand this person a link: ${printLinkCommand(found.districtRef, found.email)}`,
    );
  }
  const issued = await handle.run(async (scope) => {
    const user = await scope.accounts.invitable(userId);
    if (user.disabled) throw new AppError('INVALID_STATE', 'This account is disabled; enable it before inviting.');
    const { mail } = await issueToken(administratorStore(scope), user, 'invite', deps.publicUrl, nowMs, true);
    await scope.audit({ action: 'account.invite', context: { userId: user.id, delivery: 'mail' } });
    return { user, mail: must(mail, 'the invitation mail') };
  });
  const delivery = await mailer.send(deps.db, issued.mail);
  return {
    userId: issued.user.id,
    email: issued.user.email,
    expiresAt: new Date(tokenExpiresAt('invite', nowMs)).toISOString(),
    delivery,
  };
}

export type InviteMode = { printLink: true } | { mailer: LinkMailer };

/**
 * `openiep invite`: invitations for one district's accounts (one email, or every enabled account without a
 * password), mailed by SMTP, or with `printLink` returned to the operator (and neither mailed nor kept).
 */
export async function inviteAccounts(
  deps: Pick<AccountDeps, 'db' | 'publicUrl'>,
  district: string,
  which: { email: string } | { allWithoutPassword: true },
  mode: InviteMode,
): Promise<{
  districtName: string;
  invited: { email: string; link: string | null; delivery: Delivery | 'printed' }[];
}> {
  const d = await districtsByRef(deps.db, district);
  const [found] = d;
  if (!found || d.length !== 1)
    throw new AppError(
      'NOT_FOUND',
      d.length ? `several districts have NCES id ${district}` : `no district ${district} (give its id or NCES id)`,
    );
  const nowMs = Date.now();
  const printing = 'printLink' in mode;
  // No person is signed in: the operator on the server's terminal. The audit rows name the tool and say why.
  const sys = systemHandle(deps.db, `openiep invite: invitations for ${found.name}, by whoever runs the server`, {
    name: 'openiep invite',
  });
  const issued = await sys.db.transaction(async (tx) => {
    const repo = new PasswordLinksRepo(tx);
    const users = await repo.districtAccounts(found.id, which);
    if ('email' in which) {
      const [one] = users;
      if (!one) throw new AppError('NOT_FOUND', `no account ${which.email} in ${found.name}`);
      if (one.disabled) throw new AppError('INVALID_STATE', `the account ${which.email} is disabled`);
    }
    const out: { email: string; link: string; mail: LinkMail | null }[] = [];
    for (const u of users) {
      const { link, mail } = await issueToken(directStore(repo), u, 'invite', deps.publicUrl, nowMs, !printing);
      await sys.audit(tx, found.id, {
        action: 'account.invite',
        context: { userId: u.id, delivery: printing ? 'printed' : 'mail' },
      });
      out.push({ email: u.email, link, mail });
    }
    return out;
  });
  const invited: { email: string; link: string | null; delivery: Delivery | 'printed' }[] = [];
  for (const i of issued) {
    if ('printLink' in mode) invited.push({ email: i.email, link: i.link, delivery: 'printed' });
    else if (!i.mail) throw new Error('openiep invite: an invitation to mail was issued without its mail');
    else invited.push({ email: i.email, link: null, delivery: await mode.mailer.send(deps.db, i.mail) });
  }
  return { districtName: found.name, invited };
}

/**
 * Someone asks for a reset link. The answer is the same whether or not the email is an account's (the caller
 * answers 202 either way, and does not wait for the mail); a mail goes only to an existing, enabled account, at
 * most RESET_REQUESTS_PER_HOUR times an hour per email, and only when this installation sends mail.
 */
export async function requestPasswordReset(deps: AccountDeps, ip: string | null, email: string): Promise<void> {
  const nowMs = Date.now();
  const hash = emailHash(email);
  // No one is signed in: the counters and the link are reached through a system handle; the audit rows name the
  // account the request was for (or nobody), as the person's own request.
  const sys = systemHandle(deps.db, 'password reset: count requests and issue a link, before anyone is signed in', {
    name: 'openiep password reset',
  });
  const mail = await sys.db.transaction(async (tx) => {
    const repo = new PasswordLinksRepo(tx);
    // Counted for every email, known or not, so that the work done does not depend on it.
    const n = await repo.countResetRequest(hash);
    await repo.forgetOldResetRequests(FORGET_AFTER_HOURS);
    const user = await repo.accountByEmail(email);
    const reason = !user
      ? 'unknown_email'
      : user.disabled
        ? 'disabled'
        : !deps.mailer
          ? 'no_mail'
          : !resetMayMail(n)
            ? 'rate_limited'
            : null;
    if (!user || reason) {
      await writeAudit(
        tx,
        user ? asActor(user) : null,
        { ip },
        {
          action: 'account.password_reset_requested',
          outcome: 'failure',
          context: user ? { reason } : { reason, emailHash: hash },
        },
      );
      return null;
    }
    const issued = await issueToken(directStore(repo), user, 'reset', deps.publicUrl, nowMs, true);
    await writeAudit(tx, asActor(user), { ip }, { action: 'account.password_reset_requested' });
    return issued.mail;
  });
  if (mail && deps.mailer) deps.mailer.sendLater(deps.db, mail);
}

const BAD_TOKEN = () =>
  new AppError('VALIDATION_FAILED', 'The link is not valid.', [
    { path: 'token', message: 'This link is not valid or has expired. Ask for a new one.' },
  ]);

const usable = (r: PasswordTokenRow): boolean =>
  !r.disabled &&
  tokenUsable(
    { expiresAtMs: new Date(r.expiresAt).getTime(), usedAtMs: r.usedAt ? new Date(r.usedAt).getTime() : null },
    Date.now(),
  );

/**
 * Sets the password from a link: the link must be unused and unexpired, and the password must meet the policy.
 * Marks the link used, clears a lockout, and signs the account out everywhere.
 */
export async function setPasswordWithToken(
  deps: AccountDeps,
  ip: string | null,
  token: string,
  password: string,
): Promise<void> {
  const tokenHash = sha256(token);
  // No one is signed in until the link is checked: a system handle; the audit rows name the link's account.
  const sys = systemHandle(deps.db, 'set a password from a one-time link, before anyone is signed in', {
    name: 'openiep password link',
  });
  const row = await new PasswordLinksRepo(sys.db).token(tokenHash, false);
  if (!row || !usable(row)) {
    await sys.db.transaction((tx) =>
      writeAudit(
        tx,
        row ? asActor(row) : null,
        { ip },
        {
          action: 'account.password_set',
          outcome: 'failure',
          context: { reason: !row ? 'unknown_token' : row.disabled ? 'disabled' : row.usedAt ? 'used' : 'expired' },
        },
      ),
    );
    throw BAD_TOKEN();
  }
  const problems = passwordProblems(password, { email: row.email });
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', 'The password does not meet the policy; see errors.', problems);
  const hash = await hashPassword(password); // outside the transaction: slow on purpose

  await sys.db.transaction(async (tx) => {
    const links = new PasswordLinksRepo(tx);
    const signIn = new SignInRepo(tx);
    // Again under a row lock: two requests with one link set the password once.
    const again = await links.token(tokenHash, true);
    if (!again || !usable(again)) throw BAD_TOKEN();
    // The link is used; every other outstanding link of the account stops working too.
    await links.setPassword(tokenHash, again.id, hash);
    // The person proved they read the account's mail: every sign-in lock on the email ends.
    await signIn.clearFailures(emailHash(again.email));
    const sessionsRevoked = await signIn.revokeAllSessions(again.id);
    await writeAudit(
      tx,
      asActor(again),
      { ip },
      { action: 'account.password_set', context: { purpose: again.purpose, sessionsRevoked } },
    );
  });
}
