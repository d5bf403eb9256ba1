-- Title search by word prefixes ("demin lao" finds "Demining in Lao PDR") through an exact array index: every
-- prefix (up to 20 characters) of every word of the titles in all languages. Unlike prefix matching on a
-- tsvector, containment in this array needs no recheck of each candidate row.

CREATE FUNCTION cooperation_word_prefixes(t TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT left(w, n)), '{}')
    FROM regexp_split_to_table(lower(t), '[^[:alnum:]]+') AS w,
         generate_series(1, least(length(w), 20)) AS n
    WHERE w <> ''
$$;

ALTER TABLE cooperation_project
    ADD COLUMN title_prefixes TEXT[] GENERATED ALWAYS AS (cooperation_word_prefixes(title_text)) STORED;
CREATE INDEX cooperation_project_title_prefixes ON cooperation_project USING GIN (title_prefixes)
    WITH (fastupdate = off);

-- replaced by the prefixes above
DROP INDEX cooperation_project_search;
ALTER TABLE cooperation_project DROP COLUMN search;
