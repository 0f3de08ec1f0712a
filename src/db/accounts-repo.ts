/**
 * People's accounts as the signed-in administrator reaches them: an account of another district, or one the actor
 * may not invite (src/policy/accounts.ts mayInvite, checked here), does not exist for them (NOT_FOUND, recorded as
 * a refused attempt). The one-time links themselves are stored by `storePasswordToken` and their mail queued by
 * `queueAccountMail`, which the flows before anyone is signed in (a reset, setting the password) also use.
 */
import crypto from 'node:crypto';
import { AppError } from '../domain/errors';
import type { PasswordTokenPurpose } from '../domain/passwords';
import type { Actor } from '../policy/actor';
import { mayInvite } from '../policy/accounts';
import type { Queryable } from './connect';

export interface AccountRow {
  id: string;
  districtId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  disabled: boolean;
  preferredLanguage: string;
}

export const ACCOUNT_SELECT = `SELECT u.id::text AS "id", u.district_id::text AS "districtId", u.email, u.first_name AS "firstName",
  u.last_name AS "lastName", u.role, u.disabled, u.preferred_language AS "preferredLanguage" FROM users u`;

/** Replaces any unused link of the same purpose with this one (its SHA-256 only). */
export async function storePasswordToken(
  q: Queryable,
  user: Pick<AccountRow, 'id' | 'districtId'>,
  t: { tokenHash: string; purpose: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await q.query(`DELETE FROM password_tokens WHERE user_id = $1::uuid AND purpose = $2 AND used_at IS NULL`, [
    user.id,
    t.purpose,
  ]);
  await q.query(
    `INSERT INTO password_tokens (token_hash, user_id, district_id, purpose, created_at, expires_at)
     VALUES ($1, $2::uuid, $3::uuid, $4, $5, $6)`,
    [t.tokenHash, user.id, user.districtId, t.purpose, t.createdAt, t.expiresAt],
  );
}

/** Records an account mail in the outbox (its link masked by the caller); returns its id. */
export async function queueAccountMail(
  q: Queryable,
  user: Pick<AccountRow, 'id' | 'districtId' | 'email'>,
  m: { subject: string; storedText: string; kind: string; language: string },
): Promise<string> {
  const id = crypto.randomUUID();
  await q.query(
    `INSERT INTO mail_outbox (id, district_id, user_id, to_address, subject, body_text, kind, language)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7, $8)`,
    [id, user.districtId, user.id, user.email, m.subject, m.storedText, m.kind, m.language],
  );
  return id;
}

export class AccountsRepo {
  constructor(
    private readonly q: Queryable,
    private readonly actor: Actor,
  ) {}

  /** The account `userId` if the actor may invite it (their district's, and they its administrator), else NOT_FOUND. */
  async invitable(userId: string): Promise<AccountRow & { districtRef: string }> {
    const found = (
      await this.q.query<AccountRow & { districtRef: string }>(
        `SELECT q.*, COALESCE(d.nces_id, d.id::text) AS "districtRef"
         FROM (${ACCOUNT_SELECT} WHERE u.id = $1::uuid AND u.district_id = $2::uuid) q JOIN districts d ON d.id = q."districtId"::uuid`,
        [userId, this.actor.districtId],
      )
    )[0];
    if (!found || !mayInvite(this.actor, found)) {
      throw new AppError('NOT_FOUND', 'No such account.', [], {
        action: 'account.invite',
        studentId: null,
        context: { userId },
      });
    }
    return found;
  }

  /** Stores a link for an account the actor may invite (checked again here, inside the transaction). */
  async storeInvitation(userId: string, t: { tokenHash: string; createdAt: string; expiresAt: string }): Promise<void> {
    const user = await this.invitable(userId);
    await storePasswordToken(this.q, user, { ...t, purpose: 'invite' });
  }

  /** Queues the invitation's mail (link masked) for an account the actor may invite. */
  async queueInvitationMail(
    userId: string,
    m: { subject: string; storedText: string; language: string },
  ): Promise<string> {
    const user = await this.invitable(userId);
    return queueAccountMail(this.q, user, { ...m, kind: 'account.invite' });
  }
}

/** A one-time link with its account, as setting a password reads it. */
export interface PasswordTokenRow extends AccountRow {
  purpose: PasswordTokenPurpose;
  expiresAt: Date | string;
  usedAt: Date | string | null;
}

/**
 * Accounts and their one-time links before anyone is signed in (a reset, setting the password) or for whoever runs
 * the server (`openiep invite`): not scoped by any person's policy, reached through a system handle. The reset
 * request counters (password_reset_limits) are keyed by the email's SHA-256.
 */
export class PasswordLinksRepo {
  constructor(private readonly q: Queryable) {}

  async accountByEmail(email: string): Promise<AccountRow | undefined> {
    return (await this.q.query<AccountRow>(`${ACCOUNT_SELECT} WHERE lower(u.email) = lower($1)`, [email]))[0];
  }

  /** The district's account with `email`, or every enabled account of the district without a password. */
  districtAccounts(districtId: string, which: { email: string } | { allWithoutPassword: true }): Promise<AccountRow[]> {
    return 'email' in which
      ? this.q.query<AccountRow>(`${ACCOUNT_SELECT} WHERE u.district_id = $1::uuid AND lower(u.email) = lower($2)`, [
          districtId,
          which.email,
        ])
      : this.q.query<AccountRow>(
          `${ACCOUNT_SELECT} WHERE u.district_id = $1::uuid AND u.password_hash IS NULL AND NOT u.disabled ORDER BY lower(u.email)`,
          [districtId],
        );
  }

  /** Counts a reset request of the email in its one-hour window; returns the requests in the window. */
  async countResetRequest(emailHash: string): Promise<number> {
    const row = (
      await this.q.query<{ requests: number }>(
        `INSERT INTO password_reset_limits AS l (email_hash, window_start, requests) VALUES ($1, now(), 1)
         ON CONFLICT (email_hash) DO UPDATE SET
           requests = CASE WHEN l.window_start > now() - interval '1 hour' THEN l.requests + 1 ELSE 1 END,
           window_start = CASE WHEN l.window_start > now() - interval '1 hour' THEN l.window_start ELSE now() END
         RETURNING l.requests AS "requests"`,
        [emailHash],
      )
    )[0];
    if (!row) throw new Error('password reset limits: the upsert returned no row');
    return row.requests;
  }

  /** Forgets reset counters whose window began more than `hours` ago. */
  async forgetOldResetRequests(hours: number): Promise<void> {
    await this.q.query(`DELETE FROM password_reset_limits WHERE window_start < now() - make_interval(hours => $1)`, [
      hours,
    ]);
  }

  storeToken(
    user: Pick<AccountRow, 'id' | 'districtId'>,
    t: { tokenHash: string; purpose: string; createdAt: string; expiresAt: string },
  ): Promise<void> {
    return storePasswordToken(this.q, user, t);
  }

  queueMail(
    user: Pick<AccountRow, 'id' | 'districtId' | 'email'>,
    m: { subject: string; storedText: string; kind: string; language: string },
  ): Promise<string> {
    return queueAccountMail(this.q, user, m);
  }

  /** The link of a token's SHA-256 with its account; `lock`: under a row lock (one use of a link at a time). */
  async token(tokenHash: string, lock: boolean): Promise<PasswordTokenRow | undefined> {
    const rows = await this.q.query<PasswordTokenRow>(
      `SELECT q.*, t.purpose, t.expires_at AS "expiresAt", t.used_at AS "usedAt"
         FROM password_tokens t JOIN LATERAL (${ACCOUNT_SELECT} WHERE u.id = t.user_id) q ON TRUE
        WHERE t.token_hash = $1${lock ? ' FOR UPDATE OF t' : ''}`,
      [tokenHash],
    );
    return rows[0];
  }

  /** Sets the password from a link: the link is used, every other outstanding link of the account stops working. */
  async setPassword(tokenHash: string, userId: string, passwordHash: string): Promise<void> {
    await this.q.query(`UPDATE password_tokens SET used_at = now() WHERE token_hash = $1`, [tokenHash]);
    await this.q.query(`DELETE FROM password_tokens WHERE user_id = $1::uuid AND used_at IS NULL`, [userId]);
    await this.q.query(`UPDATE users SET password_hash = $2 WHERE id = $1::uuid`, [userId, passwordHash]);
  }

  /** Records how sending an account mail went, on its outbox copy (never retried: the link is not kept). */
  async markMailSent(outboxId: string, error: string | null): Promise<void> {
    if (error === null) {
      await this.q.query(
        `UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL WHERE id = $1::uuid`,
        [outboxId],
      );
    } else {
      await this.q.query(
        `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = NULL WHERE id = $1::uuid`,
        [outboxId, error],
      );
    }
  }
}
