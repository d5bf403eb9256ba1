-- Global search: courses by their topic.
ALTER TABLE training_course
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (platform_search_vector(topic)) STORED;
CREATE INDEX training_course_search_vector ON training_course USING GIN (search_vector) WITH (fastupdate = off);
