-- Progress reports: the periodic reports to the parents on each annual goal (34 CFR 300.320(a)(3)(ii)),
-- written against one version of a plan in effect. An issued report is immutable.

CREATE TABLE progress_reports (
  id           uuid PRIMARY KEY,
  district_id  uuid NOT NULL REFERENCES districts(id),
  student_id   uuid NOT NULL REFERENCES students(id),
  plan_id      uuid NOT NULL REFERENCES plans(id),
  plan_version integer NOT NULL,
  period_label text NOT NULL,
  status       text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','issued')),
  -- One entry per goal of the plan: { goalId, rating, note }.
  entries      jsonb NOT NULL,
  version      integer NOT NULL DEFAULT 1,
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  issued_on    date,
  issued_by_name text,
  CHECK ((status = 'issued') = (issued_on IS NOT NULL))
);
CREATE INDEX progress_reports_plan ON progress_reports(plan_id, created_at);

CREATE FUNCTION progress_reports_issued_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'an issued progress report is not changed (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER progress_reports_keep BEFORE UPDATE OR DELETE ON progress_reports
  FOR EACH ROW EXECUTE FUNCTION progress_reports_issued_immutable();
