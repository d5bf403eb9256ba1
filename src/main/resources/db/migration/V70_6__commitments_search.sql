-- Global search: pledges by their text.
ALTER TABLE commitments_pledge
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (platform_search_vector(text)) STORED;
CREATE INDEX commitments_pledge_search_vector ON commitments_pledge USING GIN (search_vector) WITH (fastupdate = off);
