import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/dates';
import { dateParam } from '../src/domain/notifications';
import { runDigest, type ListDeadlines } from '../src/notify/digest';
import { deliverMail, loadMailConfig, type MailConfig } from '../src/notify/mailer';
import { DEMO, startTestApp, type Client, type TestApp } from './support/app';
import { ENGINES } from './support/db';
import { TEST_TODAY } from './support/env';
import { notifyAs, startSmtpSink, userIdOf } from './notifications-support';
import { arrayContaining, objectContaining } from './support/match';

interface Note {
  id: string;
  kind: string;
  message: string;
  params: Record<string, string | number>;
  studentId: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
interface Inbox {
  data: Note[];
  unreadCount: number;
  nextBefore: string | null;
}
interface Mail {
  id: string;
  to: string;
  subject: string;
  bodyText: string;
  kind: string;
  language: string;
  studentId: string | null;
  status: 'sent' | 'waiting' | 'failed';
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
}

const NO_SMTP: MailConfig = { ...loadMailConfig({}), publicUrl: 'http://127.0.0.1:3000' };

describe.each(ENGINES)('notifications on %s', (engine) => {
  let t: TestApp;
  let parent: Client;
  let cm: Client;
  let admin: Client;
  /** parent@'s child (Camila), on casemanager@'s caseload. */
  let childId: string;

  const reminder = (student: string, days = 14) => ({
    student,
    rule: 'annual_review',
    due: dateParam(addDays(TEST_TODAY, days)),
    days,
  });
  const inbox = async (c: Client, query = '') => (await c.get(`/api/v1/notifications${query}`)).json<Inbox>();
  const outbox = async () => {
    const res = await admin.get('/api/v1/admin/outbox?limit=100');
    expect(res.statusCode).toBe(200);
    return res.json<{ data: Mail[] }>().data;
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    parent = await t.signIn(DEMO.parent);
    cm = await t.signIn(DEMO.caseManager);
    admin = await t.signIn(DEMO.admin);
    childId = (await parent.get('/api/v1/students')).json<{ data: { id: string }[] }>().data[0]!.id;
  });
  afterAll(async () => t.close());

  it('requires authentication', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/v1/notifications'],
      ['POST', `/api/v1/notifications/${id}/read`],
      ['POST', '/api/v1/notifications/read-all'],
      ['GET', '/api/v1/admin/outbox'],
    ] as const) {
      const res = await t.anonymous.request({ method, url });
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('the inbox holds only the caller’s own notifications, newest first, with the unread count and pages', async () => {
    const before = await inbox(parent);
    const mine: string[] = [];
    for (const n of ['Inbox-A', 'Inbox-B', 'Inbox-C']) {
      mine.push(
        ...(await notifyAs(t.db, DEMO.caseManager, {
          to: [DEMO.parent],
          studentId: childId,
          kind: 'consent_request',
          message: 'notifications.deadline.reminder',
          params: reminder(n),
          link: `/students/${childId}`,
        })),
      );
    }
    const theirs = await notifyAs(t.db, DEMO.admin, {
      to: [DEMO.caseManager],
      studentId: childId,
      kind: 'records_request',
      message: 'notifications.deadline.reminder',
      params: reminder('Inbox-CM'),
    });

    const all = await inbox(parent, '?limit=100');
    expect(all.unreadCount).toBe(before.unreadCount + 3);
    expect(all.data.map((n) => n.id)).toEqual(expect.arrayContaining(mine));
    expect(all.data.map((n) => n.id)).not.toContain(theirs[0]);
    const times = all.data.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const c = all.data.find((n) => n.id === mine[2])!;
    expect(c).toMatchObject({
      kind: 'consent_request',
      message: 'notifications.deadline.reminder',
      studentId: childId,
      link: `/students/${childId}`,
      readAt: null,
    });
    expect(c.params).toEqual(reminder('Inbox-C'));

    const p1 = await inbox(parent, '?limit=2');
    expect(p1.data).toHaveLength(2);
    expect(p1.nextBefore).toBe(p1.data[1]!.id);
    const p2 = await inbox(parent, `?limit=2&before=${p1.nextBefore}`);
    expect(p2.data.map((n) => n.id)).not.toContain(p1.data[0]!.id);
    expect(p2.data[0]!.id).toBe(all.data[2]!.id);

    expect((await cm.get('/api/v1/notifications')).json()).toMatchObject({
      data: arrayContaining([objectContaining({ id: theirs[0] })]),
    });
    expect((await parent.get('/api/v1/notifications?limit=0')).statusCode).toBe(400);
    expect((await parent.get('/api/v1/notifications?before=nope')).statusCode).toBe(400);
  });

  it('marks one read (idempotently), filters unread, and marks all read', async () => {
    const [id] = await notifyAs(t.db, DEMO.caseManager, {
      to: [DEMO.parent],
      studentId: childId,
      kind: 'meeting_invitation',
      message: 'notifications.deadline.reminder',
      params: reminder('Read-Me'),
    });
    const unread = (await inbox(parent)).unreadCount;
    const res = await parent.post(`/api/v1/notifications/${id}/read`);
    expect(res.statusCode).toBe(200);
    const readAt = res.json<Note>().readAt;
    expect(readAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await inbox(parent)).unreadCount).toBe(unread - 1);
    expect((await parent.post(`/api/v1/notifications/${id}/read`)).json<Note>().readAt).toBe(readAt);
    expect((await inbox(parent, '?unread=true&limit=100')).data.map((n) => n.id)).not.toContain(id);

    const all = await parent.post('/api/v1/notifications/read-all');
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual({ marked: unread - 1, unreadCount: 0 });
    expect((await inbox(parent)).unreadCount).toBe(0);
    expect((await inbox(parent, '?unread=true')).data).toEqual([]);
    expect((await parent.post('/api/v1/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode).toBe(404);
    const noCsrf = await parent.request({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('mail is written in the recipient’s language into the outbox when no SMTP is configured; only the district administrator reads it (audited)', async () => {
    const [toParent] = await notifyAs(t.db, DEMO.caseManager, {
      to: [DEMO.parent],
      studentId: childId,
      kind: 'meeting_invitation',
      message: 'notifications.deadline.reminder',
      params: reminder('Camila Mail-ES'),
      link: `/students/${childId}`,
    });
    const [toCm] = await notifyAs(t.db, DEMO.parent, {
      to: [DEMO.caseManager],
      studentId: childId,
      kind: 'consent_answer',
      message: 'notifications.deadline.reminder',
      params: reminder('Camila Mail-EN', 1),
    });
    // Reminders go in the daily digest, not one mail each.
    const [digestOnly] = await notifyAs(t.db, DEMO.caseManager, {
      to: [DEMO.caseManager],
      studentId: childId,
      kind: 'deadline',
      message: 'notifications.deadline.reminder',
      params: reminder('Camila Digest-Only'),
    });

    const r = await deliverMail(t.db, NO_SMTP);
    expect(r.queued).toBeGreaterThanOrEqual(2);
    expect(r.sent).toBe(0);
    expect((await deliverMail(t.db, NO_SMTP)).queued).toBe(0); // each notification is mailed once

    const mails = await outbox();
    const es = mails.find((m) => m.bodyText.includes('Mail-ES'))!;
    expect(es).toMatchObject({
      to: 'parent@lincoln.demo',
      language: 'es',
      subject: 'Invitación a una reunión – OpenIEP',
      status: 'waiting',
      sentAt: null,
      attempts: 0,
      studentId: childId,
    });
    expect(es.bodyText).toContain('La revisión anual del IEP de Camila Mail-ES vence en 14 días');
    expect(es.bodyText).toContain(`Ábralo en OpenIEP: http://127.0.0.1:3000/students/${childId}`);
    const en = mails.find((m) => m.bodyText.includes('Mail-EN'))!;
    expect(en).toMatchObject({
      to: 'casemanager@lincoln.demo',
      language: 'en',
      subject: 'Answer to a consent request – OpenIEP',
    });
    expect(en.bodyText).toContain('The annual IEP review for Camila Mail-EN is due tomorrow');
    expect(mails.some((m) => m.bodyText.includes('Digest-Only'))).toBe(false);
    expect([toParent, toCm, digestOnly].every(Boolean)).toBe(true);

    const audit = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'notification.outbox.read' AND student_id = $1::uuid AND actor_user_id = $2::uuid`,
      [childId, await userIdOf(t.db, DEMO.admin)],
    );
    expect(audit[0]!.n).toBeGreaterThan(0);
    for (const who of [cm, parent, await t.signIn(DEMO.principal)])
      expect((await who.get('/api/v1/admin/outbox')).statusCode).toBe(404);
  });

  it('sends by SMTP (a real SMTP server on 127.0.0.1), records failures and retries them later', async () => {
    const sink = await startSmtpSink();
    try {
      await notifyAs(t.db, DEMO.caseManager, {
        to: [DEMO.parent],
        studentId: childId,
        kind: 'consent_request',
        message: 'notifications.deadline.reminder',
        params: reminder('Camila SMTP-ES', 7),
        link: `/students/${childId}`,
      });
      const cfg: MailConfig = { ...NO_SMTP, smtpUrl: sink.url, from: 'OpenIEP Lincoln <iep@lincoln.demo>' };
      const r = await deliverMail(t.db, cfg);
      expect(r.failed).toBe(0);
      expect(r.sent).toBeGreaterThanOrEqual(1);
      expect(sink.received).toHaveLength(r.sent);
      const got = sink.received.find((m) => m.text.includes('SMTP-ES'))!;
      expect(got.to).toEqual(['parent@lincoln.demo']);
      expect(got.from).toBe('iep@lincoln.demo');
      expect(got.subject).toBe('Solicitud de consentimiento – OpenIEP');
      expect(got.headers['content-language']).toBe('es');
      expect(got.text).toContain(
        'La revisión anual del IEP de Camila SMTP-ES vence en 7 días, el 7 de diciembre de 2026.',
      );
      const row = (await outbox()).find((m) => m.bodyText.includes('SMTP-ES'))!;
      expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
      // Nothing is sent twice.
      expect((await deliverMail(t.db, cfg)).sent).toBe(0);

      // The mail server is down: the failure is recorded, and the mail is tried again only when its time comes.
      await notifyAs(t.db, DEMO.parent, {
        to: [DEMO.caseManager],
        studentId: childId,
        kind: 'consent_answer',
        message: 'notifications.deadline.reminder',
        params: reminder('Camila SMTP-RETRY', 3),
      });
      const down = await startSmtpSink();
      await down.close();
      const failed = await deliverMail(t.db, { ...cfg, smtpUrl: down.url });
      expect(failed).toMatchObject({ queued: 1, sent: 0, failed: 1 });
      let retry = (await outbox()).find((m) => m.bodyText.includes('SMTP-RETRY'))!;
      expect(retry).toMatchObject({ status: 'failed', attempts: 1, sentAt: null });
      expect(retry.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(await deliverMail(t.db, cfg)).toMatchObject({ sent: 0, failed: 0 }); // not due yet
      await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() - interval '1 minute' WHERE id = $1::uuid`, [
        retry.id,
      ]);
      expect(await deliverMail(t.db, cfg)).toMatchObject({ sent: 1, failed: 0 });
      retry = (await outbox()).find((m) => m.bodyText.includes('SMTP-RETRY'))!;
      expect(retry).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect(sink.received.find((m) => m.text.includes('SMTP-RETRY'))?.subject).toBe(
        'Answer to a consent request – OpenIEP',
      );
    } finally {
      await sink.close();
    }
  });

  it('the digest job sends each reminder once (30/14/7 days and overdue), and one digest a day, however often it runs', async () => {
    const day = '2027-01-15';
    const base = (d: number) => addDays(day, d);
    const cmId = await userIdOf(t.db, DEMO.caseManager);
    const other = (
      await t.db.query<{ id: string }>(
        `SELECT s.id::text AS id FROM students s JOIN users u ON u.id = $1::uuid AND u.district_id = s.district_id
          WHERE NOT EXISTS (SELECT 1 FROM case_manager_assignments a WHERE a.student_id = s.id) ORDER BY s.local_id LIMIT 1`,
        [cmId],
      )
    )[0]!.id;
    // A stand-in for listDeadlines with fixed due dates, so the days can be walked.
    const fake: ListDeadlines = () =>
      Promise.resolve({
        data: [
          {
            studentId: childId,
            studentName: 'Camila Digest',
            rule: 'annual-review',
            due: base(14),
            status: 'due_soon',
          },
          { studentId: childId, studentName: 'Camila Digest', rule: 'reevaluation', due: base(30), status: 'upcoming' },
          {
            studentId: childId,
            studentName: 'Camila Digest',
            rule: 'initial-iep-meeting',
            due: base(-3),
            status: 'overdue',
          },
          {
            studentId: childId,
            studentName: 'Camila Digest',
            rule: 'transition-plan',
            due: base(45),
            status: 'upcoming',
          },
          { studentId: childId, studentName: 'Camila Digest', rule: 'records-request', due: base(5), status: 'met' },
          { studentId: other, studentName: 'Not Mine', rule: 'annual-review', due: base(7), status: 'due_soon' },
        ],
      });
    const opts = (today: string) => ({
      today,
      reminderDays: [30, 14, 7],
      dueSoonDays: 14,
      publicUrl: 'http://127.0.0.1:3000',
    });
    const deadlineNotes = () =>
      t.db.query<{ key: string; mailed: boolean }>(
        `SELECT dedupe_key AS key, mailed_at IS NOT NULL AS mailed FROM notifications WHERE user_id = $1::uuid AND kind = 'deadline' AND dedupe_key LIKE 'deadline:%' AND params->>'student' IN ('Camila Digest', 'Not Mine') ORDER BY dedupe_key`,
        [cmId],
      );
    const digestMails = () =>
      t.db.query<{ subject: string; body: string }>(
        `SELECT subject, body_text AS body FROM mail_outbox WHERE user_id = $1::uuid AND kind = 'digest' AND subject LIKE '%2027%' ORDER BY created_at`,
        [cmId],
      );

    const first = await runDigest(t.db, opts(day), { listDeadlines: fake });
    expect(first.errors).toEqual([]);
    expect((await deadlineNotes()).map((n) => n.key)).toEqual([
      `deadline:${childId}:annual-review:${base(14)}:14`,
      `deadline:${childId}:initial-iep-meeting:${base(-3)}:overdue`,
      `deadline:${childId}:reevaluation:${base(30)}:30`,
    ]);
    expect((await deadlineNotes()).every((n) => n.mailed)).toBe(true);
    let mails = await digestMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Your OpenIEP summary for January 15, 2027');
    expect(mails[0]!.body).toContain('Your deadlines today: 1 overdue, nothing due in the next 7 days.');
    expect(mails[0]!.body).toContain(
      'Overdue\n- Camila Digest: The initial IEP meeting, 3 days late (due January 12, 2027)',
    );
    expect(mails[0]!.body).toContain('New reminders\n');
    expect(mails[0]!.body).toContain(
      '- The annual IEP review for Camila Digest is due in 14 days, on January 29, 2027.',
    );
    // A reminder no mail has carried yet (made earlier in this file) goes in the next digest.
    expect(mails[0]!.body).toContain('- The annual IEP review for Camila Digest-Only is due in 14 days');
    expect(mails[0]!.body).toContain('- The reevaluation for Camila Digest is due in 30 days, on February 14, 2027.');
    expect(mails[0]!.body).not.toContain('Not Mine');
    // The administrator and principal get the day's counts (no reminders of their own); casemanager2 has nothing due.
    const digestsOf = async (email: string) =>
      t.db.query<{ params: Record<string, number> }>(
        `SELECT params FROM notifications WHERE user_id = $1::uuid AND dedupe_key = $2`,
        [await userIdOf(t.db, email), `digest:${day}`],
      );
    expect((await digestsOf(DEMO.admin))[0]!.params).toEqual({ overdue: 1, dueThisWeek: 1 });
    expect(await digestsOf(DEMO.caseManager2)).toEqual([]);
    const adminReminders = await t.db.query(
      `SELECT 1 FROM notifications WHERE user_id = $1::uuid AND kind = 'deadline' AND params->>'student' = 'Not Mine'`,
      [await userIdOf(t.db, DEMO.admin)],
    );
    expect(adminReminders).toEqual([]);

    // The same day again: nothing new.
    const second = await runDigest(t.db, opts(day), { listDeadlines: fake });
    expect(second).toMatchObject({ reminders: 0, digests: 0, errors: [] });
    expect(await deadlineNotes()).toHaveLength(3);
    expect(await digestMails()).toHaveLength(1);

    // A week later (the days between missed): the 7-day reminder of the annual review; the 30-day and overdue ones are not repeated.
    const later = await runDigest(t.db, opts(addDays(day, 7)), { listDeadlines: fake });
    expect(later.errors).toEqual([]);
    expect((await deadlineNotes()).map((n) => n.key)).toContain(`deadline:${childId}:annual-review:${base(14)}:7`);
    expect(await deadlineNotes()).toHaveLength(4);
    mails = await digestMails();
    expect(mails).toHaveLength(2);
    expect(mails[1]!.body).toContain(
      'Due in the next 7 days\n- Camila Digest: The annual IEP review, due in 7 days (January 29, 2027)',
    );

    // The inbox shows the reminders as catalogue ids with values.
    const notes = (await inbox(cm, '?limit=100')).data.filter(
      (n) => n.kind === 'deadline' && n.params.student === 'Camila Digest',
    );
    expect(notes.map((n) => n.message).sort()).toEqual([
      'notifications.deadline.overdue',
      'notifications.deadline.reminder',
      'notifications.deadline.reminder',
      'notifications.deadline.reminder',
    ]);
    expect(notes.find((n) => n.params.days === 7)).toMatchObject({
      link: `/students/${childId}`,
      studentId: childId,
      params: { rule: 'annual_review', due: dateParam(base(14)) },
    });
  });

  it('with the real deadlines (the same use case as GET /api/v1/deadlines), running twice delivers nothing twice', async () => {
    const opts = { today: TEST_TODAY, reminderDays: [30, 14, 7], dueSoonDays: 14, publicUrl: 'http://127.0.0.1:3000' };
    const first = await runDigest(t.db, opts);
    expect(first.errors).toEqual([]);
    expect(first.people).toBeGreaterThan(0);
    // The demo gives the case manager overdue and upcoming deadlines.
    const cmId = await userIdOf(t.db, DEMO.caseManager);
    const mine = await t.db.query<{ key: string }>(
      `SELECT dedupe_key AS key FROM notifications WHERE user_id = $1::uuid AND kind = 'deadline' AND dedupe_key LIKE 'deadline:%'`,
      [cmId],
    );
    expect(mine.length).toBeGreaterThan(0);
    const api = (await cm.get('/api/v1/deadlines')).json<{
      data: { studentId: string; rule: string; due: string; status: string }[];
    }>().data;
    const overdue = api.find((d) => d.status === 'overdue');
    if (overdue)
      expect(mine.map((m) => m.key)).toContain(`deadline:${overdue.studentId}:${overdue.rule}:${overdue.due}:overdue`);
    // Newest first, the inbox opens on the day's digest, then the most urgent reminder.
    const top = (await inbox(cm, '?limit=2')).data;
    expect(top[0]).toMatchObject({ kind: 'digest', message: 'notifications.digest.summary', link: '/' });
    if (overdue) expect(top[1]).toMatchObject({ kind: 'deadline', message: 'notifications.deadline.overdue' });
    const count = async () =>
      (
        await t.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notifications WHERE kind IN ('deadline', 'digest')`,
        )
      )[0]!.n;
    const mails = async () =>
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'digest'`))[0]!.n;
    const [n1, m1] = [await count(), await mails()];
    const second = await runDigest(t.db, opts);
    expect(second).toMatchObject({ reminders: 0, digests: 0, errors: [] });
    expect([await count(), await mails()]).toEqual([n1, m1]);
    const digest = await t.db.query(`SELECT 1 FROM notifications WHERE user_id = $1::uuid AND dedupe_key = $2`, [
      cmId,
      `digest:${TEST_TODAY}`,
    ]);
    expect(digest).toHaveLength(1);
  });
});
