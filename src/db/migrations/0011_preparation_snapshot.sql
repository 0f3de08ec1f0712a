-- What the team sees of a family's preparation checklist is what the family shared, as it was when they shared it:
-- later edits stay the family's own until they share again.
ALTER TABLE meeting_preparations ADD COLUMN shared_checklist jsonb;
UPDATE meeting_preparations SET shared_checklist = checklist WHERE shared_at IS NOT NULL;
