-- Notifications: the in-app inbox (one row per person), and the mail outbox (every message sent or waiting;
-- with no SMTP configured it is where an administrator reads what would have been mailed).

CREATE TABLE notifications (
  id          uuid PRIMARY KEY,
  district_id uuid NOT NULL REFERENCES districts(id),
  user_id     uuid NOT NULL REFERENCES users(id),
  student_id  uuid REFERENCES students(id),
  kind        text NOT NULL,
  -- Message id and values from the catalogue, so the inbox is shown in the reader's language.
  message     text NOT NULL,
  params      jsonb NOT NULL DEFAULT '{}'::jsonb,
  link        text,
  -- The same reminder is never sent twice (e.g. 'deadline:<student>:<rule>:<due>:14').
  dedupe_key  text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz
);
CREATE INDEX notifications_user ON notifications(user_id, created_at DESC);
CREATE UNIQUE INDEX notifications_dedupe ON notifications(user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;

CREATE TABLE mail_outbox (
  id          uuid PRIMARY KEY,
  district_id uuid NOT NULL REFERENCES districts(id),
  user_id     uuid REFERENCES users(id),
  to_address  text NOT NULL,
  subject     text NOT NULL,
  body_text   text NOT NULL,
  kind        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz,
  attempts    integer NOT NULL DEFAULT 0,
  last_error  text
);
CREATE INDEX mail_outbox_district ON mail_outbox(district_id, created_at DESC);
CREATE INDEX mail_outbox_unsent ON mail_outbox(created_at) WHERE sent_at IS NULL;
