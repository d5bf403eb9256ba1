-- Global search: situations by their title and summary.
ALTER TABLE earlywarning_situation
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (platform_search_vector(title || ' ' || summary)) STORED;
CREATE INDEX earlywarning_situation_search_vector ON earlywarning_situation USING GIN (search_vector) WITH (fastupdate = off);
