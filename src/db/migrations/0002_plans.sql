-- Plans: IEPs and Section 504 plans. `content` holds the sections (src/domain/plan.ts) as JSON;
-- every version that leaves draft is copied to plan_versions, which is append-only like the audit.

CREATE TABLE plans (
  id                 uuid PRIMARY KEY,
  district_id        uuid NOT NULL REFERENCES districts(id),
  student_id         uuid NOT NULL REFERENCES students(id),
  type               text NOT NULL CHECK (type IN ('iep','504')),
  status             text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','proposed','active','superseded','ended')),
  amendment_of       uuid REFERENCES plans(id),
  amendment_method   text CHECK (amendment_method IN ('meeting','written_agreement')),
  meeting_date       date,
  start_date         date,
  end_date           date,
  next_annual_review date,
  content            jsonb NOT NULL,
  shared_with_family boolean NOT NULL DEFAULT false,
  version            integer NOT NULL DEFAULT 1,
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  finalized_at       timestamptz,
  finalized_by       uuid REFERENCES users(id),
  CHECK ((amendment_of IS NULL) = (amendment_method IS NULL))
);
CREATE INDEX plans_student ON plans(student_id, created_at DESC);
CREATE INDEX plans_district_status ON plans(district_id, status);
-- At most one active plan of each type per student.
CREATE UNIQUE INDEX plans_one_active ON plans(student_id, type) WHERE status = 'active';

CREATE TABLE plan_versions (
  plan_id      uuid NOT NULL REFERENCES plans(id),
  version      integer NOT NULL,
  district_id  uuid NOT NULL REFERENCES districts(id),
  status       text NOT NULL,
  meeting_date date,
  start_date   date,
  end_date     date,
  next_annual_review date,
  content      jsonb NOT NULL,
  saved_at     timestamptz NOT NULL DEFAULT now(),
  saved_by     uuid,
  saved_by_name text,
  PRIMARY KEY (plan_id, version)
);

CREATE FUNCTION plan_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'plan_versions is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER plan_versions_no_update BEFORE UPDATE OR DELETE ON plan_versions
  FOR EACH ROW EXECUTE FUNCTION plan_versions_immutable();
