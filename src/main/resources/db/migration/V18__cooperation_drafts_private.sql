-- A draft is read by its initiating party alone, whatever its visibility: the public portfolio summary counts
-- public projects that left the draft only (the owner's own drafts are summed per request with its restricted
-- projects), and the index serving that per-reader sum covers the owner's drafts too.

CREATE OR REPLACE FUNCTION cooperation_portfolio_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
        INSERT INTO cooperation_portfolio_public AS s
            (kind, code, currency, projects, budget, progress_sum, progress_count)
        SELECT k.kind, k.code, coalesce(d.currency, ''), sum(d.sign), coalesce(sum(d.sign * d.budget), 0),
               coalesce(sum(d.sign * d.progress), 0), sum(CASE WHEN d.progress IS NULL THEN 0 ELSE d.sign END)
        FROM (SELECT 1 AS sign, visibility, status, priority_areas, countries, currency, budget, progress FROM new_rows) d
        CROSS JOIN LATERAL (SELECT 'area' AS kind, a AS code FROM unnest(d.priority_areas) a
                            UNION ALL SELECT 'country', c FROM unnest(d.countries) c
                            UNION ALL SELECT 'status', lower(d.status)) k
        WHERE d.visibility = 'PUBLIC' AND d.status <> 'DRAFT'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, code, currency) DO UPDATE SET
            projects = s.projects + excluded.projects,
            budget = s.budget + excluded.budget,
            progress_sum = s.progress_sum + excluded.progress_sum,
            progress_count = s.progress_count + excluded.progress_count;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cooperation_portfolio_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
        INSERT INTO cooperation_portfolio_public AS s
            (kind, code, currency, projects, budget, progress_sum, progress_count)
        SELECT k.kind, k.code, coalesce(d.currency, ''), sum(d.sign), coalesce(sum(d.sign * d.budget), 0),
               coalesce(sum(d.sign * d.progress), 0), sum(CASE WHEN d.progress IS NULL THEN 0 ELSE d.sign END)
        FROM (SELECT -1 AS sign, visibility, status, priority_areas, countries, currency, budget, progress FROM old_rows
              UNION ALL SELECT 1, visibility, status, priority_areas, countries, currency, budget, progress
              FROM new_rows) d
        CROSS JOIN LATERAL (SELECT 'area' AS kind, a AS code FROM unnest(d.priority_areas) a
                            UNION ALL SELECT 'country', c FROM unnest(d.countries) c
                            UNION ALL SELECT 'status', lower(d.status)) k
        WHERE d.visibility = 'PUBLIC' AND d.status <> 'DRAFT'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, code, currency) DO UPDATE SET
            projects = s.projects + excluded.projects,
            budget = s.budget + excluded.budget,
            progress_sum = s.progress_sum + excluded.progress_sum,
            progress_count = s.progress_count + excluded.progress_count;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION cooperation_portfolio_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
        INSERT INTO cooperation_portfolio_public AS s
            (kind, code, currency, projects, budget, progress_sum, progress_count)
        SELECT k.kind, k.code, coalesce(d.currency, ''), sum(d.sign), coalesce(sum(d.sign * d.budget), 0),
               coalesce(sum(d.sign * d.progress), 0), sum(CASE WHEN d.progress IS NULL THEN 0 ELSE d.sign END)
        FROM (SELECT -1 AS sign, visibility, status, priority_areas, countries, currency, budget, progress FROM old_rows) d
        CROSS JOIN LATERAL (SELECT 'area' AS kind, a AS code FROM unnest(d.priority_areas) a
                            UNION ALL SELECT 'country', c FROM unnest(d.countries) c
                            UNION ALL SELECT 'status', lower(d.status)) k
        WHERE d.visibility = 'PUBLIC' AND d.status <> 'DRAFT'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, code, currency) DO UPDATE SET
            projects = s.projects + excluded.projects,
            budget = s.budget + excluded.budget,
            progress_sum = s.progress_sum + excluded.progress_sum,
            progress_count = s.progress_count + excluded.progress_count;
    RETURN NULL;
END $$;

DELETE FROM cooperation_portfolio_public;

-- the summary counted afresh
        INSERT INTO cooperation_portfolio_public AS s
            (kind, code, currency, projects, budget, progress_sum, progress_count)
        SELECT k.kind, k.code, coalesce(d.currency, ''), sum(d.sign), coalesce(sum(d.sign * d.budget), 0),
               coalesce(sum(d.sign * d.progress), 0), sum(CASE WHEN d.progress IS NULL THEN 0 ELSE d.sign END)
        FROM (SELECT 1 AS sign, visibility, status, priority_areas, countries, currency, budget, progress FROM cooperation_project) d
        CROSS JOIN LATERAL (SELECT 'area' AS kind, a AS code FROM unnest(d.priority_areas) a
                            UNION ALL SELECT 'country', c FROM unnest(d.countries) c
                            UNION ALL SELECT 'status', lower(d.status)) k
        WHERE d.visibility = 'PUBLIC' AND d.status <> 'DRAFT'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, code, currency) DO UPDATE SET
            projects = s.projects + excluded.projects,
            budget = s.budget + excluded.budget,
            progress_sum = s.progress_sum + excluded.progress_sum,
            progress_count = s.progress_count + excluded.progress_count;


DROP INDEX cooperation_project_restricted_owner;
CREATE INDEX cooperation_project_restricted_owner ON cooperation_project (owner_party)
    WHERE visibility <> 'PUBLIC' OR status = 'DRAFT';
