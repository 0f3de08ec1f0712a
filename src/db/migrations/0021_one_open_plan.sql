-- At most one open plan (a draft or a proposal) of each type per student, and the plan each one starts from.
--
-- Two staff could each start the annual review and each finalize: the second silently superseded the first. Now a
-- student holds at most one open plan of each type (starting another answers 409 with a link to it), a draft records
-- the plan that was current when it was started (`based_on`: the plan of its type in effect or waiting for consent,
-- or none), and finalizing answers 409 when that is no longer the current plan. An open plan nobody will finalize is
-- withdrawn (kept, with who, when and why), never deleted.
ALTER TABLE plans DROP CONSTRAINT plans_status_check;
ALTER TABLE plans ADD CONSTRAINT plans_status_check
  CHECK (status IN ('draft', 'proposed', 'awaiting_consent', 'active', 'superseded', 'ended', 'consent_refused', 'withdrawn'));
-- No foreign key: plans are restored in one batch (src/db/backup.ts), in no particular order among themselves.
ALTER TABLE plans ADD COLUMN based_on uuid;
ALTER TABLE plans ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE plans ADD COLUMN withdrawn_by uuid REFERENCES users(id);
ALTER TABLE plans ADD COLUMN withdrawn_reason text;
-- What it was when withdrawn: a draft the family never saw stays hidden from them; a withdrawn proposal they saw does not.
ALTER TABLE plans ADD COLUMN withdrawn_from text CHECK (withdrawn_from IN ('draft', 'proposed'));

-- Open plans that exist today start from the plan current now (an amendment from the plan it amends).
UPDATE plans d SET based_on = COALESCE(d.amendment_of, (
    SELECT c.id FROM plans c
     WHERE c.student_id = d.student_id AND c.type = d.type AND c.status IN ('active', 'awaiting_consent')
     ORDER BY c.status = 'awaiting_consent' DESC, c.updated_at DESC LIMIT 1))
 WHERE d.status IN ('draft', 'proposed');

-- Where a student already holds several open plans of a type, the most recently changed one stays open and the others
-- are withdrawn with the reason, so the rule can hold from now on; nothing is deleted.
UPDATE plans d SET status = 'withdrawn', withdrawn_from = d.status, withdrawn_at = now(), version = version + 1, updated_at = now(),
       withdrawn_reason = 'Withdrawn on upgrade: the student held another open plan of this type, changed more recently.'
 WHERE d.status IN ('draft', 'proposed')
   AND EXISTS (SELECT 1 FROM plans o
                WHERE o.student_id = d.student_id AND o.type = d.type AND o.status IN ('draft', 'proposed') AND o.id <> d.id
                  AND (o.updated_at, o.id) > (d.updated_at, d.id));

CREATE UNIQUE INDEX plans_one_open ON plans(student_id, type) WHERE status IN ('draft', 'proposed');
