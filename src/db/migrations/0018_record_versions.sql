-- Every record two people can edit carries a version that each update moves on (issue 9): a write names the version
-- it edits (If-Match or `version`), and a stale one is refused instead of silently overwriting the other person's work.

-- A member's entry on a meeting's team: attendance, signature, agency consent, excusal, the family's answer.
ALTER TABLE meeting_participants ADD COLUMN version integer NOT NULL DEFAULT 1;

-- A family's request for a meeting, marked scheduled or closed by the case manager.
ALTER TABLE meeting_requests ADD COLUMN version integer NOT NULL DEFAULT 1;
