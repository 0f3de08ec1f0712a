-- The family's portal (issue 4, part 8): what a parent or the student adds for the next IEP, the meetings they
-- ask for, and the checklist a parent fills in before a meeting. Records requests are case events
-- (kind 'records_request'), not a table here: the deadline engine reads them (34 CFR 300.613).

CREATE TABLE family_input (
  id                   uuid PRIMARY KEY,
  district_id          uuid NOT NULL REFERENCES districts(id),
  student_id           uuid NOT NULL REFERENCES students(id),
  author_user_id       uuid NOT NULL REFERENCES users(id),
  author_name          text NOT NULL,
  author_role          text NOT NULL CHECK (author_role IN ('guardian','student')),
  kind                 text NOT NULL CHECK (kind IN ('parent_concern','student_input')),
  text                 text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  created_at           timestamptz NOT NULL DEFAULT now(),
  -- The draft plan it was added to (its present levels), once staff have added it.
  plan_id              uuid REFERENCES plans(id),
  acknowledged_by      uuid REFERENCES users(id),
  acknowledged_by_name text,
  acknowledged_at      timestamptz,
  -- A parent adds parent concerns; the student adds student input.
  CHECK ((author_role = 'guardian') = (kind = 'parent_concern')),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by_name IS NULL)),
  CHECK (plan_id IS NULL OR acknowledged_at IS NOT NULL)
);
CREATE INDEX family_input_student ON family_input(student_id, created_at DESC);
CREATE INDEX family_input_district ON family_input(district_id, created_at DESC);

CREATE TABLE meeting_requests (
  id                uuid PRIMARY KEY,
  district_id       uuid NOT NULL REFERENCES districts(id),
  student_id        uuid NOT NULL REFERENCES students(id),
  requested_by      uuid NOT NULL REFERENCES users(id),
  requested_by_name text NOT NULL,
  reason            text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  preferred_times   text NOT NULL DEFAULT '' CHECK (length(preferred_times) <= 500),
  created_at        timestamptz NOT NULL DEFAULT now(),
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open','scheduled','closed')),
  handled_by        uuid REFERENCES users(id),
  handled_by_name   text,
  handled_at        timestamptz,
  handled_note      text NOT NULL DEFAULT '' CHECK (length(handled_note) <= 1000),
  CHECK ((status = 'open') = (handled_at IS NULL))
);
CREATE INDEX meeting_requests_student ON meeting_requests(student_id, created_at DESC);
CREATE INDEX meeting_requests_open ON meeting_requests(district_id, status) WHERE status = 'open';

-- One checklist per person and meeting. meeting_id names a row of `meetings` (issue 4, part 5) without a
-- foreign key, so this table stands on its own; the use case checks the meeting's student before any access.
CREATE TABLE meeting_preparations (
  id          uuid PRIMARY KEY,
  district_id uuid NOT NULL REFERENCES districts(id),
  meeting_id  uuid,
  student_id  uuid NOT NULL REFERENCES students(id),
  user_id     uuid NOT NULL REFERENCES users(id),
  checklist   jsonb NOT NULL,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  shared_at   timestamptz
);
CREATE UNIQUE INDEX meeting_preparations_one ON meeting_preparations(meeting_id, user_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX meeting_preparations_student ON meeting_preparations(student_id);
