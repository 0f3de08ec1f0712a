-- OneRoster import: each imported record keeps the sourcedId it came from, so that importing the same
-- files again updates the same rows instead of adding new ones (upsert by (district_id, source_id)).
-- Records created in OpenIEP itself have no source_id. Imported accounts have no password (password_hash NULL).
ALTER TABLE schools   ADD COLUMN source_id text;
ALTER TABLE students  ADD COLUMN source_id text;
ALTER TABLE users     ADD COLUMN source_id text;
ALTER TABLE guardians ADD COLUMN source_id text;
ALTER TABLE sections  ADD COLUMN source_id text;

CREATE UNIQUE INDEX schools_source   ON schools(district_id, source_id)   WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX students_source  ON students(district_id, source_id)  WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX users_source     ON users(district_id, source_id)     WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX guardians_source ON guardians(district_id, source_id) WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX sections_source  ON sections(district_id, source_id)  WHERE source_id IS NOT NULL;
