-- One-time links to set a password: an invitation (for accounts created without a password, e.g. by the
-- roster import; valid 7 days) or a reset (valid 1 hour). Only the SHA-256 of the random token is kept, so a
-- leaked database holds no usable link. A token is used once (used_at).
CREATE TABLE password_tokens (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id),
  district_id uuid NOT NULL REFERENCES districts(id),
  purpose     text NOT NULL CHECK (purpose IN ('invite', 'reset')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX password_tokens_user ON password_tokens(user_id) WHERE used_at IS NULL;
