-- Early warning: the event store, import jobs with their rejected rows, and monthly indicator rollups.

CREATE TABLE earlywarning_import_job (
    id              UUID PRIMARY KEY,
    file_name       TEXT NOT NULL,
    file_hash       TEXT NOT NULL,
    file_bytes      BIGINT NOT NULL DEFAULT 0,
    format          TEXT,
    status          TEXT NOT NULL,
    submitted_by    TEXT NOT NULL,
    submitted_party TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    read_rows       BIGINT NOT NULL DEFAULT 0,
    imported        BIGINT NOT NULL DEFAULT 0,
    updated         BIGINT NOT NULL DEFAULT 0,
    unchanged       BIGINT NOT NULL DEFAULT 0,
    rejected        BIGINT NOT NULL DEFAULT 0,
    error           TEXT,
    demo            BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT earlywarning_import_job_status_chk CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT earlywarning_import_job_tally_chk CHECK (read_rows = imported + updated + unchanged + rejected)
);

-- The same file cannot be imported twice at the same time.
CREATE UNIQUE INDEX earlywarning_import_job_active_file_idx
    ON earlywarning_import_job (file_hash) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX earlywarning_import_job_created_idx ON earlywarning_import_job (created_at DESC);

CREATE TABLE earlywarning_import_rejection (
    job_id UUID NOT NULL REFERENCES earlywarning_import_job (id) ON DELETE CASCADE,
    line   BIGINT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (job_id, line)
);

-- Keyed by (source, source id); two indexes in all, to keep bulk imports fast.
CREATE TABLE earlywarning_event (
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
    PRIMARY KEY (source, source_id)
);

CREATE INDEX earlywarning_event_country_month_idx ON earlywarning_event (country, month);

-- Running sums per unit (country, country/admin1, PRIO-GRID cell), month and event category. A grid cell on a
-- border has one row per country.
CREATE TABLE earlywarning_indicator (
    unit_level    TEXT NOT NULL,
    unit          TEXT NOT NULL,
    country       CHAR(3) NOT NULL,
    month         DATE NOT NULL,
    category      TEXT NOT NULL,
    events        BIGINT NOT NULL,
    fatalities    BIGINT NOT NULL,
    conflictual   BIGINT NOT NULL,
    cooperative   BIGINT NOT NULL,
    goldstein_sum NUMERIC NOT NULL,
    PRIMARY KEY (unit_level, unit, country, month, category)
);

CREATE INDEX earlywarning_indicator_country_idx ON earlywarning_indicator (unit_level, country, month);
CREATE INDEX earlywarning_indicator_month_idx ON earlywarning_indicator (unit_level, month);
