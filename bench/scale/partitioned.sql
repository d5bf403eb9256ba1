-- The event store of V30__earlywarning_events.sql declared partitioned by month: the same columns, types and
-- defaults (ScaleBenchmark checks them against the migrated table), the primary key widened by the partition key
-- (PostgreSQL requires a unique key of a partitioned table to include it), the (country, month) index as it is,
-- and one partition per month from January 1989 to December 2026 (456). Written for :table.

CREATE TABLE :table (
    source          TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    source_version  TEXT NOT NULL,
    event_date      DATE NOT NULL,
    date_precision  TEXT NOT NULL,
    month           DATE NOT NULL,
    country         CHAR(3) NOT NULL,
    admin1          TEXT NOT NULL,
    admin2          TEXT NOT NULL,
    location        TEXT NOT NULL,
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    gid             INTEGER,
    actor1          TEXT NOT NULL,
    actor2          TEXT NOT NULL,
    category        TEXT NOT NULL,
    cameo_code      TEXT,
    quad_class      SMALLINT,
    goldstein       NUMERIC(4, 1),
    fatalities_best INTEGER,
    fatalities_low  INTEGER,
    fatalities_high INTEGER,
    raw_row         TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    import_job      UUID,
    stored_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, source_id, month)
) PARTITION BY RANGE (month);

CREATE INDEX :table_country_month_idx ON :table (country, month);

DO
$$
    DECLARE
        m date := DATE '1989-01-01';
    BEGIN
        WHILE m < DATE '2027-01-01' LOOP
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                           ':table_' || to_char(m, 'YYYY_MM'), ':table', m, (m + INTERVAL '1 month')::date);
            m := (m + INTERVAL '1 month')::date;
        END LOOP;
    END
$$;
