-- The day a plan in effect was ended (exit, move, revoked consent…): before it, the plan's end date was the only
-- date, so a plan ended early still looked in effect until the end of its term (child count, reports).
ALTER TABLE plans ADD COLUMN ended_on date;
UPDATE plans SET ended_on = (updated_at AT TIME ZONE 'UTC')::date WHERE status = 'ended';
