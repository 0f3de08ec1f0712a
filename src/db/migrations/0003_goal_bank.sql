-- A district's own goal bank (the starter bank ships with the code, src/features/goal-bank/starter.ts).
CREATE TABLE goal_bank (
  id          uuid PRIMARY KEY,
  district_id uuid NOT NULL REFERENCES districts(id),
  area        text NOT NULL,
  grade_band  text NOT NULL,
  text        text NOT NULL,
  measurement text NOT NULL DEFAULT '',
  created_by  uuid REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX goal_bank_district ON goal_bank(district_id, area, grade_band);
