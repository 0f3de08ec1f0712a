/** Mail text: the recipient's language, real dates, links to the app, no student name in a subject. No database. */
import { describe, expect, it } from 'vitest';
import { CLOCK_RULES } from '../src/domain/case-clock';
import { dateParam, digestSummary, ruleKey } from '../src/domain/notifications';
import { appUrl, formatMessage, renderDigestMail, renderNotificationMail } from '../src/notify/render';
import { loadMailConfig, redactUrl } from '../src/notify/mailer';
import { hourIn } from '../src/notify/scheduler';

const reminder = { student: 'Camila López', rule: 'annual_review', due: dateParam('2026-12-14'), days: 14 };

describe('notification mail', () => {
  it('is written in Spanish for a Spanish-speaking parent, with the date in words and a link to the item', () => {
    const m = renderNotificationMail({
      preferredLanguage: 'es',
      recipientName: 'Elena López',
      kind: 'meeting_invitation',
      message: 'notifications.deadline.reminder',
      params: reminder,
      link: '/students/abc',
      publicUrl: 'https://iep.example.org/',
    });
    expect(m.language).toBe('es');
    expect(m.subject).toBe('Invitación a una reunión – OpenIEP');
    expect(m.bodyText).toContain('Hola, Elena López:');
    expect(m.bodyText).toContain(
      'La revisión anual del IEP de Camila López vence en 14 días, el 14 de diciembre de 2026.',
    );
    expect(m.bodyText).toContain('Ábralo en OpenIEP: https://iep.example.org/students/abc');
    expect(m.subject).not.toContain('Camila');
  });

  it('is English for everyone else (and for an unknown language)', () => {
    for (const preferredLanguage of ['en', 'fr', '']) {
      const m = renderNotificationMail({
        preferredLanguage,
        recipientName: 'Pat Kim',
        kind: 'deadline',
        message: 'notifications.deadline.reminder',
        params: { ...reminder, days: 1 },
        link: null,
        publicUrl: 'http://127.0.0.1:3000',
      });
      expect(m.language).toBe('en');
      expect(m.subject).toBe('Deadline reminder – OpenIEP');
      expect(m.bodyText).toContain('The annual IEP review for Camila López is due tomorrow, on December 14, 2026.');
      expect(m.bodyText).toContain('Open it in OpenIEP: http://127.0.0.1:3000/inbox');
    }
  });

  it('falls back to a generic line when the message id is unknown or its values do not fit', () => {
    const unknown = renderNotificationMail({
      preferredLanguage: 'es',
      recipientName: 'A',
      kind: 'other_kind',
      message: 'no.such.message',
      params: {},
      link: '/x',
      publicUrl: 'http://h',
    });
    expect(unknown.bodyText).toContain('Tiene un aviso nuevo en OpenIEP.');
    expect(unknown.subject).toBe('Notificación – OpenIEP');
    const missing = renderNotificationMail({
      preferredLanguage: 'en',
      recipientName: 'A',
      kind: 'deadline',
      message: 'notifications.deadline.reminder',
      params: { student: 'X' },
      link: null,
      publicUrl: 'http://h',
    });
    expect(missing.bodyText).toContain('You have a new notification in OpenIEP.');
  });

  it('links stay inside the app', () => {
    expect(appUrl('http://h:3000/', '/meetings/1')).toBe('http://h:3000/meetings/1');
    expect(appUrl('http://h:3000', 'https://evil.example')).toBe('http://h:3000/inbox');
    expect(appUrl('http://h:3000', null)).toBe('http://h:3000/inbox');
  });

  it('names every deadline rule of the case clock in both languages (a new rule without a name fails here)', () => {
    for (const rule of CLOCK_RULES) {
      for (const locale of ['en', 'es'] as const) {
        const text = formatMessage(
          locale,
          'notifications.deadline.overdue',
          { student: 'S', rule: ruleKey(rule), due: dateParam('2026-01-05') },
          'UTC',
        )!;
        expect(text, `${locale} ${rule}`).not.toMatch(/^(A deadline|Un plazo)/);
      }
    }
  });
});

describe('digest mail', () => {
  const today = '2026-11-30';
  const summary = digestSummary(
    [
      { studentId: 's1', studentName: 'Camila López', rule: 'annual-review', due: '2026-11-27', status: 'overdue' },
      { studentId: 's2', studentName: 'James Thomas', rule: 'transition-plan', due: '2026-12-03', status: 'due_soon' },
    ],
    today,
  );
  it('lists overdue and this week, then new reminders, in the reader language', () => {
    const m = renderDigestMail({
      preferredLanguage: 'es',
      recipientName: 'Ana Ruiz',
      today,
      summary,
      reminders: [
        {
          message: 'notifications.deadline.reminder',
          params: { student: 'Mia Chen', rule: 'reevaluation', due: dateParam('2026-12-30'), days: 30 },
        },
      ],
      publicUrl: 'http://h',
    });
    expect(m.subject).toBe('Su resumen de OpenIEP del 30 de noviembre de 2026');
    expect(m.bodyText).toContain('Sus plazos de hoy: 1 vencido, 1 vence en los próximos 7 días.');
    expect(m.bodyText).toContain(
      '- Camila López: La revisión anual del IEP, 3 días de retraso (vencía el 27 de noviembre de 2026)',
    );
    expect(m.bodyText).toContain('- James Thomas: El plan de transición, vence en 3 días (3 de diciembre de 2026)');
    expect(m.bodyText).toContain(
      'Recordatorios nuevos\n- La reevaluación de Mia Chen vence en 30 días, el 30 de diciembre de 2026.',
    );
    expect(m.bodyText.indexOf('Vencidos')).toBeLessThan(m.bodyText.indexOf('Vencen en los próximos 7 días'));
  });
  it('says how many more there are past the first 20', () => {
    const many = digestSummary(
      Array.from({ length: 25 }, (_, i) => ({
        studentId: `s${i}`,
        studentName: `Student ${String(i).padStart(2, '0')}`,
        rule: 'annual-review',
        due: '2026-11-01',
        status: 'overdue',
      })),
      today,
    );
    const m = renderDigestMail({
      preferredLanguage: 'en',
      recipientName: 'A',
      today,
      summary: many,
      reminders: [],
      publicUrl: 'http://h',
    });
    expect(m.bodyText).toContain('…and 5 more in OpenIEP.');
    expect(m.bodyText.match(/^- /gm)).toHaveLength(20);
  });
});

describe('mail configuration', () => {
  it('reads the environment, with defaults', () => {
    expect(loadMailConfig({})).toEqual({
      smtpUrl: null,
      from: 'OpenIEP <no-reply@localhost>',
      publicUrl: 'http://127.0.0.1:3000',
      digestHour: 6,
    });
    const c = loadMailConfig({
      OPENIEP_SMTP_URL: 'smtp://u:p@mail:587',
      OPENIEP_MAIL_FROM: 'IEP <iep@d.org>',
      OPENIEP_PUBLIC_URL: 'https://iep.d.org/',
      OPENIEP_DIGEST_HOUR: '7',
    });
    expect(c).toEqual({
      smtpUrl: 'smtp://u:p@mail:587',
      from: 'IEP <iep@d.org>',
      publicUrl: 'https://iep.d.org',
      digestHour: 7,
    });
    expect(loadMailConfig({ OPENIEP_DIGEST_HOUR: '25' }).digestHour).toBe(6);
  });
  it('never shows the SMTP password', () => {
    expect(redactUrl('smtp://user:s3cret@mail.example:587')).toBe('smtp://user:***@mail.example:587');
  });
  it('tells the hour in the configured time zone', () => {
    const t = new Date('2026-11-30T14:30:00Z');
    expect(hourIn('America/Los_Angeles', t)).toBe(6);
    expect(hourIn('America/New_York', t)).toBe(9);
    expect(hourIn('UTC', new Date('2026-11-30T00:10:00Z'))).toBe(0);
  });
});
