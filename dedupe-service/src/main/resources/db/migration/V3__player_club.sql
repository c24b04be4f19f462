-- The club the latest report describing each player placed him at ("Brighton midfielder Moises Caicedo"), and
-- that report's publication time: a report that does not say which of two clubs sells is read with what was known
-- before it.
ALTER TABLE player ADD COLUMN club_id text, ADD COLUMN club_since timestamptz;
