-- Full-text search in the six languages, used by every module's search column (search_vector) and by the global
-- search. A text is indexed as written ('simple') and stemmed in English, French, Spanish, Russian and Arabic, so
-- that a search in any of them finds inflected forms whatever the language the record was written in. Chinese
-- (and Japanese and Korean) has no spaces between words and no bundled parser: each run of such characters is
-- indexed as its single characters and its overlapping pairs of characters ("bigrams"); a search of two or more
-- characters asks for all its pairs, a search of one character for that character.

CREATE FUNCTION platform_cjk_runs(t TEXT) RETURNS SETOF TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT m[1] FROM regexp_matches(t, '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)', 'g') AS m
$$;

CREATE FUNCTION platform_cjk_tokens(t TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT tok), '{}')
    FROM platform_cjk_runs(t) AS run,
         LATERAL (SELECT substr(run, i, 1) AS tok FROM generate_series(1, length(run)) AS i
                  UNION ALL
                  SELECT substr(run, i, 2) FROM generate_series(1, length(run) - 1) AS i) AS toks
$$;

CREATE FUNCTION platform_search_vector(t TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT to_tsvector('simple'::regconfig, coalesce(t, ''))
        || to_tsvector('english'::regconfig, coalesce(t, ''))
        || to_tsvector('french'::regconfig, coalesce(t, ''))
        || to_tsvector('spanish'::regconfig, coalesce(t, ''))
        || to_tsvector('russian'::regconfig, coalesce(t, ''))
        || to_tsvector('arabic'::regconfig, coalesce(t, ''))
        || array_to_tsvector(platform_cjk_tokens(coalesce(t, '')))
$$;

-- The values of a JSON object of texts by language ({"en": ..., "fr": ...}), for indexing all of them.
CREATE FUNCTION platform_json_texts(j JSONB) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(string_agg(value, ' '), '') FROM jsonb_each_text(coalesce(j, '{}'::jsonb))
$$;

-- A reader's search: the words outside Chinese script must all be found, as written or in the stemmed form of one
-- of the five stemmed languages; each run of Chinese script must be found as all its pairs of characters. Empty
-- parts are left out (rather than passed as empty queries, which PostgreSQL answers with a notice each time).
CREATE FUNCTION platform_search_query(q TEXT) RETURNS TSQUERY
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    WITH words AS (
        SELECT regexp_replace(coalesce(q, ''), '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+',
                              ' ', 'g') AS w
    ), latin AS (
        SELECT CASE WHEN w ~ '[[:alnum:]]' THEN
                   plainto_tsquery('simple'::regconfig, w)
                   || plainto_tsquery('english'::regconfig, w)
                   || plainto_tsquery('french'::regconfig, w)
                   || plainto_tsquery('spanish'::regconfig, w)
                   || plainto_tsquery('russian'::regconfig, w)
                   || plainto_tsquery('arabic'::regconfig, w) END AS l
        FROM words
    ), cjk AS (
        SELECT CAST(string_agg(CASE WHEN length(run) = 1 THEN quote_literal(run)
                                    ELSE (SELECT string_agg(quote_literal(substr(run, i, 2)), ' & ')
                                          FROM generate_series(1, length(run) - 1) AS i) END, ' & ') AS TSQUERY) AS c
        FROM platform_cjk_runs(coalesce(q, '')) AS run
    )
    SELECT CASE WHEN c IS NULL THEN l WHEN l IS NULL THEN c ELSE l && c END FROM latin, cjk
$$;
