/** Migration 0020 removes the one-time links that earlier versions kept in the outbox, on both engines. */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listMigrations, splitSql } from '../src/db/migrate';
import { cloneTestDb, ENGINES } from './support/db';

describe.each(ENGINES)('migration 0020 on %s', (engine) => {
  it('masks the links of mails kept before it, marks the unsent ones as not to be sent, and refuses new ones', async () => {
    const { db, drop } = await cloneTestDb(engine, { empty: true });
    try {
      const district = crypto.randomUUID();
      for (const m of listMigrations()) {
        if (m.name.startsWith('0020_')) {
          await db.query(`INSERT INTO districts (id, name) VALUES ($1::uuid, 'D')`, [district]);
          const mail = (body: string, sent: boolean) =>
            db.query(
              `INSERT INTO mail_outbox (id, district_id, to_address, subject, body_text, kind, sent_at) VALUES ($1::uuid, $2::uuid, 'a@b.c', 's', $3, 'account.invite', $4)`,
              [crypto.randomUUID(), district, body, sent ? new Date().toISOString() : null],
            );
          await mail('Hello\n\nhttp://127.0.0.1:3000/set-password?token=abc_DEF-123\n\nBye', false);
          await mail('Sent: https://iep.example.org/set-password?token=Zz9%2D', true);
          await mail('A notification: http://127.0.0.1:3000/students/1', false);
        }
        for (const stmt of splitSql(m.sql)) await db.query(stmt);
      }
      const rows = await db.query<{ body_text: string; last_error: string | null; sent: boolean }>(
        `SELECT body_text, last_error, sent_at IS NOT NULL AS sent FROM mail_outbox ORDER BY body_text`,
      );
      expect(rows).toEqual([
        { body_text: 'A notification: http://127.0.0.1:3000/students/1', last_error: null, sent: false },
        {
          body_text: 'Hello\n\n[one-time link removed]\n\nBye',
          last_error: 'Not sent: one-time links are no longer kept in the outbox. Send a new invitation.',
          sent: false,
        },
        { body_text: 'Sent: [one-time link removed]', last_error: null, sent: true },
      ]);
      await expect(
        db.query(
          `INSERT INTO mail_outbox (id, district_id, to_address, subject, body_text, kind) VALUES ($1::uuid, $2::uuid, 'a@b.c', 's', 'x/set-password?token=q', 'x')`,
          [crypto.randomUUID(), district],
        ),
      ).rejects.toThrow(/mail_outbox_no_one_time_link/);
    } finally {
      await drop();
    }
  });
});
