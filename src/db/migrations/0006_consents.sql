-- Parental consent (34 CFR 300.9, 300.300, 300.622) and prior written notice (300.503).
-- A consent request is answered once (given or refused), in the portal (typed name + explicit checkbox, time, IP)
-- or on paper (recorded by staff with the date on the form); a given consent may be revoked in writing
-- (300.9(c)), which is not retroactive. Answers are never overwritten: a new request is made instead.

CREATE TABLE consents (
  id                    uuid PRIMARY KEY,
  district_id           uuid NOT NULL REFERENCES districts(id),
  student_id            uuid NOT NULL REFERENCES students(id),
  type                  text NOT NULL CHECK (type IN ('evaluation', 'initial_services', 'reevaluation', 'release_of_information')),
  -- What is being consented to (300.9(b)); for a release of records, which records and to whom.
  description           text NOT NULL,
  records_to_release    text,
  release_to            text,
  language              text NOT NULL DEFAULT 'en',
  requested_on          date NOT NULL,
  requested_by          uuid REFERENCES users(id),
  requested_by_name     text NOT NULL,
  status                text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'given', 'refused', 'revoked')),
  -- The answer.
  answered_at           timestamptz,
  answered_on           date,
  answer_method         text CHECK (answer_method IN ('portal', 'paper')),
  answered_by_user_id   uuid REFERENCES users(id),
  signer_name           text,
  signer_confirmed      boolean,
  answer_ip             text,
  -- A paper form: the date written on it, and who recorded it.
  paper_signed_on       date,
  recorded_by           uuid REFERENCES users(id),
  recorded_by_name      text,
  -- A written revocation (300.9(c)(1)).
  revoked_at            timestamptz,
  revoked_on            date,
  revocation_method     text CHECK (revocation_method IN ('portal', 'paper')),
  revocation_in_writing boolean,
  revoked_by_user_id    uuid REFERENCES users(id),
  revocation_signer_name text,
  revocation_ip         text,
  revocation_recorded_by_name text,
  revocation_note       text,
  version               integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'requested') = (answered_at IS NULL)),
  CHECK (status = 'requested' OR (answer_method IS NOT NULL AND signer_name IS NOT NULL AND answered_on IS NOT NULL)),
  CHECK (answer_method IS DISTINCT FROM 'portal' OR (signer_confirmed AND answered_by_user_id IS NOT NULL)),
  CHECK (answer_method IS DISTINCT FROM 'paper' OR (paper_signed_on IS NOT NULL AND recorded_by_name IS NOT NULL)),
  CHECK ((status = 'revoked') = (revoked_at IS NOT NULL)),
  CHECK (status <> 'revoked' OR (revocation_in_writing AND revoked_on IS NOT NULL AND revocation_signer_name IS NOT NULL)),
  CHECK (type <> 'release_of_information' OR (records_to_release IS NOT NULL AND release_to IS NOT NULL))
);
CREATE INDEX consents_student ON consents(student_id, requested_on DESC);
CREATE INDEX consents_district_status ON consents(district_id, status);

CREATE TABLE prior_written_notices (
  id                   uuid PRIMARY KEY,
  district_id          uuid NOT NULL REFERENCES districts(id),
  student_id           uuid NOT NULL REFERENCES students(id),
  action               text NOT NULL CHECK (action IN ('proposes', 'refuses')),
  subject              text NOT NULL CHECK (subject IN ('initial_evaluation', 'reevaluation', 'identification', 'educational_placement', 'fape', 'end_of_services')),
  -- The consent this notice goes with, if any (e.g. the revocation of consent for services, 300.300(b)(4)(ii)).
  consent_id           uuid REFERENCES consents(id),
  -- The seven elements of 300.503(b), in order.
  action_description   text NOT NULL DEFAULT '',
  reasons              text NOT NULL DEFAULT '',
  evaluations_used     text NOT NULL DEFAULT '',
  safeguards_statement text NOT NULL DEFAULT '',
  assistance_sources   text NOT NULL DEFAULT '',
  options_considered   text NOT NULL DEFAULT '',
  other_factors        text NOT NULL DEFAULT '',
  -- The parent's native language (300.503(c)).
  language             text NOT NULL DEFAULT 'en',
  status               text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  issued_at            timestamptz,
  issued_on            date,
  issued_by            uuid REFERENCES users(id),
  issued_by_name       text,
  created_by           uuid REFERENCES users(id),
  created_by_name      text NOT NULL,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'issued') = (issued_at IS NOT NULL)),
  CHECK (status <> 'issued' OR (issued_on IS NOT NULL AND issued_by_name IS NOT NULL))
);
CREATE INDEX prior_written_notices_student ON prior_written_notices(student_id, created_at DESC);

-- An issued notice is what the parents received: it never changes.
CREATE FUNCTION prior_written_notices_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'issued' THEN
      RAISE EXCEPTION 'an issued prior written notice is never deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'an issued prior written notice never changes' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER prior_written_notices_keep BEFORE UPDATE OR DELETE ON prior_written_notices
  FOR EACH ROW EXECUTE FUNCTION prior_written_notices_keep();
