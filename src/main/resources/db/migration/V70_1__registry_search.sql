-- Global search: parties by their names in the six languages, codes and description.
ALTER TABLE registry_party
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (platform_search_vector(search_text || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX registry_party_search_vector ON registry_party USING GIN (search_vector) WITH (fastupdate = off);
