-- District settings, school calendars as records, and state profiles as data (issue 8, item 6).

-- The 618 child count date as a month and day from October 1 to December 1 (34 CFR 300.641(a)); NULL: the first
-- Thursday of October. The IEP meeting notice lead time where the state's law sets none (or the district gives more).
ALTER TABLE districts ADD COLUMN child_count_date text
  CHECK (child_count_date IS NULL OR child_count_date ~ '^(10-(0[1-9]|[12][0-9]|3[01])|11-(0[1-9]|[12][0-9]|30)|12-01)$');
ALTER TABLE districts ADD COLUMN meeting_notice_days integer CHECK (meeting_notice_days BETWEEN 1 AND 60);
ALTER TABLE districts ADD COLUMN meeting_notice_counting text CHECK (meeting_notice_counting IN ('calendar', 'school'));
ALTER TABLE districts ADD CONSTRAINT districts_meeting_notice_whole CHECK ((meeting_notice_days IS NULL) = (meeting_notice_counting IS NULL));
ALTER TABLE districts ADD COLUMN settings_version integer NOT NULL DEFAULT 1;
ALTER TABLE districts ADD COLUMN settings_updated_at timestamptz;

-- Districts that ran on the old profiles keep the lead time they had, now as their own setting (it never was the law):
-- California's 15 days and the federal profile's 10 calendar days. Texas keeps its law (5 school days).
UPDATE districts SET meeting_notice_days = 15, meeting_notice_counting = 'calendar' WHERE state_profile = 'CA';
UPDATE districts SET meeting_notice_days = 10, meeting_notice_counting = 'calendar' WHERE state_profile = 'federal';

-- Profiles added with `openiep profile add` (the built-in ones live in src/domain/state-profiles.ts). Not a district's
-- own data: a state's law, shared by every district in the state.
CREATE TABLE state_profiles (
  code       text PRIMARY KEY CHECK (code ~ '^[A-Za-z][A-Za-z0-9_-]{1,31}$'),
  name       text NOT NULL,
  definition jsonb NOT NULL,
  added_at   timestamptz NOT NULL DEFAULT now(),
  added_by   text
);

-- One row per school and school year that has a calendar: its version (for If-Match), where it came from, who set it.
CREATE TABLE school_calendars (
  district_id     uuid NOT NULL REFERENCES districts(id),
  school_id       uuid NOT NULL REFERENCES schools(id),
  school_year     text NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
  version         integer NOT NULL DEFAULT 1,
  source          text NOT NULL CHECK (source IN ('seed', 'migration', 'import', 'build', 'days')),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      uuid REFERENCES users(id),
  updated_by_name text,
  PRIMARY KEY (school_id, school_year)
);
CREATE INDEX school_calendars_district ON school_calendars(district_id);

INSERT INTO school_calendars (district_id, school_id, school_year, source)
SELECT DISTINCT district_id, school_id, school_year, 'migration' FROM school_calendar_days;
