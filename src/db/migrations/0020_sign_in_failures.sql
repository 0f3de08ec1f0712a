-- Failed sign-ins counted per (email, client IP), for every email whether or not it is an account's, so that an
-- unknown email answers like a known one and a lock from one IP does not lock the person out from another
-- (src/domain/sign-in-limits.ts). The email is kept only as the SHA-256 of its lower-case form.
CREATE TABLE sign_in_failures (
  email_hash      text NOT NULL,
  ip              text NOT NULL,
  -- failures in a row from this IP since its last success or lock
  failures        integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  -- failures in the hourly window that began at window_start (the account-wide ceiling adds these up)
  window_start    timestamptz NOT NULL,
  window_failures integer NOT NULL DEFAULT 0,
  last_failed_at  timestamptz NOT NULL,
  PRIMARY KEY (email_hash, ip)
);
CREATE INDEX sign_in_failures_stale ON sign_in_failures(last_failed_at);

-- Reset links asked for per email (known or not) in the current hour: past the limit, the same answer and no mail.
CREATE TABLE password_reset_limits (
  email_hash   text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  requests     integer NOT NULL
);
CREATE INDEX password_reset_limits_stale ON password_reset_limits(window_start);

-- Superseded by sign_in_failures (a lock per account was a lock anyone could set); no longer read or written.
COMMENT ON COLUMN users.failed_attempts IS 'unused since 0020: see sign_in_failures';
COMMENT ON COLUMN users.locked_until IS 'unused since 0020: see sign_in_failures';

-- One-time links never rest in the outbox (the district administrator reads it): they go only to the SMTP server.
-- Links kept by earlier versions are removed, those mails are not sent any more, and the database refuses a new one.
UPDATE mail_outbox
   SET body_text = regexp_replace(body_text, '\S*set-password\?token=[A-Za-z0-9_%-]*', '[one-time link removed]', 'g'),
       last_error = CASE WHEN sent_at IS NULL THEN 'Not sent: one-time links are no longer kept in the outbox. Send a new invitation.' ELSE last_error END,
       next_attempt_at = NULL
 WHERE body_text ~ 'set-password\?token=';
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_no_one_time_link CHECK (body_text !~ 'set-password\?token=');
