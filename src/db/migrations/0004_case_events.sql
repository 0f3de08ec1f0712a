-- The case clock: dated events on a student's record (referral, notices, consents, evaluations, eligibility,
-- meetings, delays with reasons, exit…). Events are never deleted; a mistaken one is voided with a reason
-- and stays visible in the timeline.

CREATE TABLE case_events (
  id               uuid PRIMARY KEY,
  district_id      uuid NOT NULL REFERENCES districts(id),
  student_id       uuid NOT NULL REFERENCES students(id),
  kind             text NOT NULL,
  occurred_on      date NOT NULL,
  details          jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Where the event came from when another record produced it (a meeting, a consent, a records request).
  source_type      text,
  source_id        uuid,
  recorded_by      uuid REFERENCES users(id),
  recorded_by_name text NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  voided_at        timestamptz,
  voided_by_name   text,
  void_reason      text,
  CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
CREATE INDEX case_events_student ON case_events(student_id, occurred_on, recorded_at);
CREATE INDEX case_events_district_kind ON case_events(district_id, kind);

CREATE FUNCTION case_events_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'case_events are never deleted; void the event instead' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.voided_at IS NOT NULL OR NEW.id <> OLD.id OR NEW.student_id <> OLD.student_id OR NEW.kind <> OLD.kind
     OR NEW.occurred_on <> OLD.occurred_on OR NEW.details <> OLD.details OR NEW.recorded_at <> OLD.recorded_at THEN
    RAISE EXCEPTION 'a case event only changes by being voided, once' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER case_events_keep BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_keep();
