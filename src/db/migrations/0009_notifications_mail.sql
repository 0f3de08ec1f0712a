-- Mail for notifications: which inbox rows the mailer has handled, what each outbox mail is about, and when a
-- failed mail is tried again.

-- When the mailer turned the notification into a mail (or put it in a digest). NULL = not handled yet.
ALTER TABLE notifications ADD COLUMN mailed_at timestamptz;
-- Notifications from before mail existed are not mailed now.
UPDATE notifications SET mailed_at = created_at;
CREATE INDEX notifications_unmailed ON notifications(created_at) WHERE mailed_at IS NULL;

-- The notification a mail was made from (NULL for the digest's summary mail of several), and its student, so
-- that an administrator reading the outbox is recorded in that student's access log.
ALTER TABLE mail_outbox ADD COLUMN notification_id uuid REFERENCES notifications(id);
ALTER TABLE mail_outbox ADD COLUMN student_id uuid REFERENCES students(id);
-- The language the mail was written in (the recipient's preferred language at the time).
ALTER TABLE mail_outbox ADD COLUMN language text NOT NULL DEFAULT 'en';
-- Not before this time is the mail (re)tried; a sender claims a mail by moving it forward.
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at timestamptz;
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at) WHERE sent_at IS NULL;
