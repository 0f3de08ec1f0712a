-- Consent to the initial provision of services (34 CFR 300.300(b)) and exits (300.102, 300.305(e)).
--
-- A student's first IEP may be finalized at the meeting but is not in effect until the parent's written consent to
-- the initial provision of services is recorded: it waits as 'awaiting_consent'; a refusal leaves it
-- 'consent_refused' (never in effect). `in_effect_from` is the first day a plan was in effect (its start date, or the
-- day consent was given when that is later); reports and clocks read it. `end_reason` says why a plan was ended and
-- `ended_by_event` names the exit event that ended it (voiding that exit restores the plan).
ALTER TABLE plans DROP CONSTRAINT plans_status_check;
ALTER TABLE plans ADD CONSTRAINT plans_status_check
  CHECK (status IN ('draft', 'proposed', 'awaiting_consent', 'active', 'superseded', 'ended', 'consent_refused'));
ALTER TABLE plans ADD COLUMN in_effect_from date;
ALTER TABLE plans ADD COLUMN end_reason text;
-- No foreign key: plans are restored before case events (src/db/backup.ts order).
ALTER TABLE plans ADD COLUMN ended_by_event uuid;
UPDATE plans SET in_effect_from = start_date WHERE status IN ('active', 'superseded', 'ended');
-- At most one IEP (or 504 plan) waits for consent per student.
CREATE UNIQUE INDEX plans_one_awaiting ON plans(student_id, type) WHERE status = 'awaiting_consent';

-- Prior written notice of the refusal of initial services (300.300(b)(3)-(4)) and of graduation with a regular
-- diploma, a change in placement (300.102(a)(3)(iii)).
ALTER TABLE prior_written_notices DROP CONSTRAINT prior_written_notices_subject_check;
ALTER TABLE prior_written_notices ADD CONSTRAINT prior_written_notices_subject_check
  CHECK (subject IN ('initial_evaluation', 'reevaluation', 'identification', 'educational_placement', 'fape', 'end_of_services', 'initial_services', 'graduation'));

-- The summary of performance (300.305(e)(3)): for a student whose eligibility ends by graduating with a regular
-- diploma or by exceeding the age of eligibility, a summary of their academic achievement and functional
-- performance, with recommendations on how to assist them in meeting their postsecondary goals. Written as a draft,
-- then provided to the student (and parents); once provided it never changes.
CREATE TABLE summaries_of_performance (
  id                      uuid PRIMARY KEY,
  district_id             uuid NOT NULL REFERENCES districts(id),
  student_id              uuid NOT NULL REFERENCES students(id),
  academic_achievement    text NOT NULL DEFAULT '',
  functional_performance  text NOT NULL DEFAULT '',
  postsecondary_goals     text NOT NULL DEFAULT '',
  recommendations         text NOT NULL DEFAULT '',
  student_perspective     text NOT NULL DEFAULT '',
  language                text NOT NULL DEFAULT 'en',
  status                  text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'provided')),
  provided_on             date,
  provided_at             timestamptz,
  provided_by_name        text,
  created_by              uuid REFERENCES users(id),
  created_by_name         text NOT NULL,
  version                 integer NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'provided') = (provided_on IS NOT NULL)),
  CHECK (status <> 'provided' OR provided_by_name IS NOT NULL)
);
CREATE INDEX summaries_of_performance_student ON summaries_of_performance(student_id, created_at DESC);

CREATE FUNCTION summaries_of_performance_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a summary of performance is never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'provided' THEN
    RAISE EXCEPTION 'a provided summary of performance never changes' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER summaries_of_performance_keep BEFORE UPDATE OR DELETE ON summaries_of_performance
  FOR EACH ROW EXECUTE FUNCTION summaries_of_performance_keep();
