-- Global search: meetings by their title and venue.
ALTER TABLE meetings_meeting
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (platform_search_vector(title || ' ' || venue)) STORED;
CREATE INDEX meetings_meeting_search_vector ON meetings_meeting USING GIN (search_vector) WITH (fastupdate = off);
