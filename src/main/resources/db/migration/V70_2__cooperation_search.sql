-- Global search: projects by their titles and descriptions in every language given.
ALTER TABLE cooperation_project
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (platform_search_vector(title_text || ' ' || platform_json_texts(description))) STORED;
CREATE INDEX cooperation_project_search_vector ON cooperation_project USING GIN (search_vector) WITH (fastupdate = off);
