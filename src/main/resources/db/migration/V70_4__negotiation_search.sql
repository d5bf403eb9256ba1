-- Global search: negotiated texts by their title.
ALTER TABLE negotiation_text
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (platform_search_vector(title)) STORED;
CREATE INDEX negotiation_text_search_vector ON negotiation_text USING GIN (search_vector) WITH (fastupdate = off);
