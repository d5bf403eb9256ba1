-- Search and filter indexes of the project list: substring search of titles in any script (trigrams, used for
-- Chinese where words are not separated by spaces) and the array filters not indexed before.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX cooperation_project_title_trgm ON cooperation_project USING GIN (title_text gin_trgm_ops);
CREATE INDEX cooperation_project_domains ON cooperation_project USING GIN (domains);
CREATE INDEX cooperation_project_regions ON cooperation_project USING GIN (regions);
CREATE INDEX cooperation_project_fund ON cooperation_project (fund_id) WHERE fund_id IS NOT NULL;
CREATE INDEX cooperation_participant_project_pending ON cooperation_participant (project_id)
    WHERE consent_state = 'REQUESTED';

-- The list is read far more often than projects are written: new entries go straight into the GIN indexes
-- rather than into a pending list that every search would have to scan.
ALTER INDEX cooperation_project_search SET (fastupdate = off);
ALTER INDEX cooperation_project_participants SET (fastupdate = off);
ALTER INDEX cooperation_project_areas SET (fastupdate = off);
ALTER INDEX cooperation_project_countries SET (fastupdate = off);
ALTER INDEX cooperation_project_title_trgm SET (fastupdate = off);
ALTER INDEX cooperation_project_domains SET (fastupdate = off);
ALTER INDEX cooperation_project_regions SET (fastupdate = off);
