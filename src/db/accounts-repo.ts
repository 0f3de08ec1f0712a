/**
 * People's accounts as the signed-in administrator reaches them: an account of another district, or one the actor
 * may not invite (src/policy/accounts.ts mayInvite, checked here), does not exist for them (NOT_FOUND, recorded as
 * a refused attempt). The one-time links themselves are stored by `storePasswordToken` and their mail queued by
 * `queueAccountMail`, which the flows before anyone is signed in (a reset, setting the password) also use.
 */
import crypto from 'node:crypto';
import { AppError } from '../domain/errors';
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
