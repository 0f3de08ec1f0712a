-- OpenIEP spine: districts, people, students, access relations, sessions, audit.
-- Every tenant row carries district_id (a state deployment can shard on it).

CREATE TABLE districts (
  id            uuid PRIMARY KEY,
  name          text NOT NULL,
  state_profile text NOT NULL DEFAULT 'federal',
  nces_id       text,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE schools (
  id          uuid PRIMARY KEY,
  district_id uuid NOT NULL REFERENCES districts(id),
  name        text NOT NULL,
  nces_id     text,
  grade_low   text,
  grade_high  text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX schools_district ON schools(district_id);

-- The school calendar: one row per date of a school year that the district has classified.
CREATE TABLE school_calendar_days (
  district_id   uuid NOT NULL REFERENCES districts(id),
  school_id     uuid NOT NULL REFERENCES schools(id),
  school_year   text NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
  day           date NOT NULL,
  instructional boolean NOT NULL,
  note          text,
  PRIMARY KEY (school_id, day)
);
CREATE INDEX school_calendar_year ON school_calendar_days(district_id, school_id, school_year);

CREATE TABLE students (
  id                   uuid PRIMARY KEY,
  district_id          uuid NOT NULL REFERENCES districts(id),
  school_id            uuid NOT NULL REFERENCES schools(id),
  local_id             text NOT NULL,
  state_id             text,
  first_name           text NOT NULL,
  middle_name          text,
  last_name            text NOT NULL,
  date_of_birth        date NOT NULL,
  grade                text NOT NULL,
  primary_language     text NOT NULL DEFAULT 'en',
  home_language        text NOT NULL DEFAULT 'en',
  english_learner      boolean NOT NULL DEFAULT false,
  hispanic_latino      boolean NOT NULL DEFAULT false,
  races                text[] NOT NULL DEFAULT '{}',
  sex                  text NOT NULL CHECK (sex IN ('F','M','X')),
  sped_status          text NOT NULL DEFAULT 'none',
  primary_disability   text,
  secondary_disability text,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  UNIQUE (district_id, local_id)
);
CREATE INDEX students_school ON students(school_id);
CREATE INDEX students_district_name ON students(district_id, lower(last_name), lower(first_name), id);

CREATE TABLE guardians (
  id                 uuid PRIMARY KEY,
  district_id        uuid NOT NULL REFERENCES districts(id),
  first_name         text NOT NULL,
  last_name          text NOT NULL,
  email              text,
  phone              text,
  preferred_language text NOT NULL DEFAULT 'en',
  address            text,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX guardians_district ON guardians(district_id);

CREATE TABLE student_guardians (
  district_id        uuid NOT NULL REFERENCES districts(id),
  student_id         uuid NOT NULL REFERENCES students(id),
  guardian_id        uuid NOT NULL REFERENCES guardians(id),
  relationship       text NOT NULL,
  educational_rights boolean NOT NULL DEFAULT true,
  lives_with         boolean NOT NULL DEFAULT true,
  PRIMARY KEY (student_id, guardian_id)
);
CREATE INDEX student_guardians_guardian ON student_guardians(guardian_id);

-- Every account: staff, guardians (guardian_id) and students (student_id).
CREATE TABLE users (
  id              uuid PRIMARY KEY,
  district_id     uuid NOT NULL REFERENCES districts(id),
  email           text NOT NULL,
  password_hash   text,
  role            text NOT NULL CHECK (role IN ('district_admin','principal','case_manager','teacher','provider','guardian','student')),
  discipline      text,
  first_name      text NOT NULL,
  last_name       text NOT NULL,
  guardian_id     uuid REFERENCES guardians(id),
  student_id      uuid REFERENCES students(id),
  disabled        boolean NOT NULL DEFAULT false,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  preferred_language text NOT NULL DEFAULT 'en',
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'guardian' OR guardian_id IS NOT NULL),
  CHECK (role <> 'student' OR student_id IS NOT NULL),
  CHECK (role <> 'provider' OR discipline IS NOT NULL)
);
CREATE UNIQUE INDEX users_email ON users(lower(email));
CREATE INDEX users_district ON users(district_id);

-- Staff who work at a school (a principal's school(s); teachers and case managers too).
CREATE TABLE staff_schools (
  district_id uuid NOT NULL REFERENCES districts(id),
  user_id     uuid NOT NULL REFERENCES users(id),
  school_id   uuid NOT NULL REFERENCES schools(id),
  PRIMARY KEY (user_id, school_id)
);

CREATE TABLE sections (
  id          uuid PRIMARY KEY,
  district_id uuid NOT NULL REFERENCES districts(id),
  school_id   uuid NOT NULL REFERENCES schools(id),
  name        text NOT NULL,
  course_code text,
  school_year text NOT NULL,
  teacher_id  uuid NOT NULL REFERENCES users(id)
);
CREATE INDEX sections_teacher ON sections(teacher_id);

CREATE TABLE section_enrollments (
  district_id uuid NOT NULL REFERENCES districts(id),
  section_id  uuid NOT NULL REFERENCES sections(id),
  student_id  uuid NOT NULL REFERENCES students(id),
  PRIMARY KEY (section_id, student_id)
);
CREATE INDEX section_enrollments_student ON section_enrollments(student_id);

CREATE TABLE case_manager_assignments (
  district_id uuid NOT NULL REFERENCES districts(id),
  student_id  uuid NOT NULL REFERENCES students(id),
  user_id     uuid NOT NULL REFERENCES users(id),
  since       date NOT NULL DEFAULT CURRENT_DATE,
  PRIMARY KEY (student_id, user_id)
);
CREATE INDEX case_manager_assignments_user ON case_manager_assignments(user_id);

CREATE TABLE provider_assignments (
  district_id uuid NOT NULL REFERENCES districts(id),
  student_id  uuid NOT NULL REFERENCES students(id),
  user_id     uuid NOT NULL REFERENCES users(id),
  discipline  text NOT NULL,
  since       date NOT NULL DEFAULT CURRENT_DATE,
  PRIMARY KEY (student_id, user_id)
);
CREATE INDEX provider_assignments_user ON provider_assignments(user_id);

-- Server-side sessions: the cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users(id),
  district_id  uuid NOT NULL REFERENCES districts(id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  ip           text,
  user_agent   text
);
CREATE INDEX sessions_user ON sessions(user_id);

-- The audit trail (34 CFR 300.614, FERPA 99.32). Append-only: the database refuses UPDATE, DELETE
-- and TRUNCATE. No foreign keys: entries outlive their subject, and the actor is a snapshot.
CREATE TABLE audit_events (
  id           bigserial PRIMARY KEY,
  occurred_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  district_id  uuid,
  actor_user_id uuid,
  actor_name   text,
  actor_role   text,
  student_id   uuid,
  action       text NOT NULL,
  outcome      text NOT NULL CHECK (outcome IN ('success','denied','failure')),
  purpose      text,
  context      jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip           text
);
CREATE INDEX audit_events_student ON audit_events(student_id, occurred_at DESC) WHERE student_id IS NOT NULL;
CREATE INDEX audit_events_district ON audit_events(district_id, occurred_at DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
