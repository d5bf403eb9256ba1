-- Global search: dialogue tracks by their subject.
ALTER TABLE dialogue_track
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (platform_search_vector(subject)) STORED;
CREATE INDEX dialogue_track_search_vector ON dialogue_track USING GIN (search_vector) WITH (fastupdate = off);
