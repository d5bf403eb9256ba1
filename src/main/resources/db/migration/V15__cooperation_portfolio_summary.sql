-- The portfolio dashboard's figures over public projects, kept up to date by the database on every change of a
-- project (statement triggers with transition tables), so the dashboard never sums the whole table. Figures of
-- restricted projects depend on the reader and are summed per request over the few projects that reader may see.
-- One row per (kind, code, currency): kind is 'area', 'country' or 'status'; currency '' stands for none.

CREATE TABLE cooperation_portfolio_public (
    kind           TEXT NOT NULL,
    code           TEXT NOT NULL,
    currency       TEXT NOT NULL,
    projects       BIGINT NOT NULL,
    budget         NUMERIC(24, 2) NOT NULL,
    progress_sum   NUMERIC NOT NULL,
    progress_count BIGINT NOT NULL,
    PRIMARY KEY (kind, code, currency)
);

-- Each trigger adds the public projects of its transition tables: sign 1 adds a row, -1 takes it away. The
-- statement is written out in each function, since only a trigger's own function sees its transition tables.
CREATE FUNCTION cooperation_portfolio_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
        INSERT INTO cooperation_portfolio_public AS s
            (kind, code, currency, projects, budget, progress_sum, progress_count)
        SELECT k.kind, k.code, coalesce(d.currency, ''), sum(d.sign), coalesce(sum(d.sign * d.budget), 0),
               coalesce(sum(d.sign * d.progress), 0), sum(CASE WHEN d.progress IS NULL THEN 0 ELSE d.sign END)
        FROM (SELECT 1 AS sign, visibility, status, priority_areas, countries, currency, budget, progress FROM new_rows) d
        CROSS JOIN LATERAL (SELECT 'area' AS kind, a AS code FROM unnest(d.priority_areas) a
                            UNION ALL SELECT 'country', c FROM unnest(d.countries) c
                            UNION ALL SELECT 'status', lower(d.status)) k
        WHERE d.visibility = 'PUBLIC'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, code, currency) DO UPDATE SET
            projects = s.projects + excluded.projects,
            budget = s.budget + excluded.budget,
            progress_sum = s.progress_sum + excluded.progress_sum,
            progress_count = s.progress_count + excluded.progress_count;
    RETURN NULL;
END $$;

CREATE FUNCTION cooperation_portfolio_updated() RETURNS trigger LANGUAGE plpgsql AS $$
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
        WHERE d.visibility = 'PUBLIC'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, code, currency) DO UPDATE SET
            projects = s.projects + excluded.projects,
            budget = s.budget + excluded.budget,
            progress_sum = s.progress_sum + excluded.progress_sum,
            progress_count = s.progress_count + excluded.progress_count;
    RETURN NULL;
END $$;

CREATE FUNCTION cooperation_portfolio_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
        INSERT INTO cooperation_portfolio_public AS s
            (kind, code, currency, projects, budget, progress_sum, progress_count)
        SELECT k.kind, k.code, coalesce(d.currency, ''), sum(d.sign), coalesce(sum(d.sign * d.budget), 0),
               coalesce(sum(d.sign * d.progress), 0), sum(CASE WHEN d.progress IS NULL THEN 0 ELSE d.sign END)
        FROM (SELECT -1 AS sign, visibility, status, priority_areas, countries, currency, budget, progress FROM old_rows) d
        CROSS JOIN LATERAL (SELECT 'area' AS kind, a AS code FROM unnest(d.priority_areas) a
                            UNION ALL SELECT 'country', c FROM unnest(d.countries) c
                            UNION ALL SELECT 'status', lower(d.status)) k
        WHERE d.visibility = 'PUBLIC'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, code, currency) DO UPDATE SET
            projects = s.projects + excluded.projects,
            budget = s.budget + excluded.budget,
            progress_sum = s.progress_sum + excluded.progress_sum,
            progress_count = s.progress_count + excluded.progress_count;
    RETURN NULL;
END $$;

CREATE TRIGGER cooperation_portfolio_inserted AFTER INSERT ON cooperation_project
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cooperation_portfolio_inserted();
CREATE TRIGGER cooperation_portfolio_updated AFTER UPDATE ON cooperation_project
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cooperation_portfolio_updated();
CREATE TRIGGER cooperation_portfolio_deleted AFTER DELETE ON cooperation_project
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cooperation_portfolio_deleted();

-- the public projects there are already
        INSERT INTO cooperation_portfolio_public AS s
            (kind, code, currency, projects, budget, progress_sum, progress_count)
        SELECT k.kind, k.code, coalesce(d.currency, ''), sum(d.sign), coalesce(sum(d.sign * d.budget), 0),
               coalesce(sum(d.sign * d.progress), 0), sum(CASE WHEN d.progress IS NULL THEN 0 ELSE d.sign END)
        FROM (SELECT 1 AS sign, visibility, status, priority_areas, countries, currency, budget, progress FROM cooperation_project) d
        CROSS JOIN LATERAL (SELECT 'area' AS kind, a AS code FROM unnest(d.priority_areas) a
                            UNION ALL SELECT 'country', c FROM unnest(d.countries) c
                            UNION ALL SELECT 'status', lower(d.status)) k
        WHERE d.visibility = 'PUBLIC'
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
        ON CONFLICT (kind, code, currency) DO UPDATE SET
            projects = s.projects + excluded.projects,
            budget = s.budget + excluded.budget,
            progress_sum = s.progress_sum + excluded.progress_sum,
            progress_count = s.progress_count + excluded.progress_count;

-- Restricted projects a reader owns (those it takes part in are found through the participants index).
CREATE INDEX cooperation_project_restricted_owner ON cooperation_project (owner_party) WHERE visibility <> 'PUBLIC';
