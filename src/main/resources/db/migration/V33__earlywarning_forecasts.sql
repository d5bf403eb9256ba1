-- Early warning forecasts: runs of the monthly fatality model on the stored events, their predictive
-- distributions per unit and horizon, and backtest jobs with their reports.

CREATE TABLE earlywarning_forecast_run (
    id          UUID PRIMARY KEY,
    model       TEXT NOT NULL,
    unit_level  TEXT NOT NULL,
    cutoff      DATE,
    seed        BIGINT NOT NULL,
    status      TEXT NOT NULL,
    units       INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ,
    CONSTRAINT earlywarning_forecast_run_status_chk CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT earlywarning_forecast_run_level_chk CHECK (unit_level IN ('COUNTRY', 'ADMIN1'))
);

CREATE INDEX earlywarning_forecast_run_latest_idx ON earlywarning_forecast_run (unit_level, status, finished_at DESC);

CREATE TABLE earlywarning_forecast (
    run_id     UUID NOT NULL REFERENCES earlywarning_forecast_run (id) ON DELETE CASCADE,
    unit       TEXT NOT NULL,
    country    CHAR(3) NOT NULL,
    horizon    INTEGER NOT NULL,
    month      DATE NOT NULL,
    mean       DOUBLE PRECISION NOT NULL,
    q05        INTEGER NOT NULL,
    q25        INTEGER NOT NULL,
    q50        INTEGER NOT NULL,
    q75        INTEGER NOT NULL,
    q95        INTEGER NOT NULL,
    p_gt_0     DOUBLE PRECISION NOT NULL,
    p_gt_25    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, unit, horizon)
);

CREATE INDEX earlywarning_forecast_country_idx ON earlywarning_forecast (run_id, country);

CREATE TABLE earlywarning_backtest (
    id           UUID PRIMARY KEY,
    data_source  TEXT NOT NULL,
    unit_level   TEXT NOT NULL,
    test_years   INTEGER[] NOT NULL,
    horizons     INTEGER[] NOT NULL,
    status       TEXT NOT NULL,
    report       JSONB,
    error        TEXT,
    requested_by TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ,
    CONSTRAINT earlywarning_backtest_status_chk CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);

CREATE INDEX earlywarning_backtest_created_idx ON earlywarning_backtest (created_at DESC);
