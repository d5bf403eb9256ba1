-- Forecasts per PRIO-GRID cell: runs of unit level GRID, horizons up to 36 months, and the map's read of one horizon.

ALTER TABLE earlywarning_forecast_run DROP CONSTRAINT earlywarning_forecast_run_level_chk;
ALTER TABLE earlywarning_forecast_run
    ADD CONSTRAINT earlywarning_forecast_run_level_chk CHECK (unit_level IN ('COUNTRY', 'ADMIN1', 'GRID'));

CREATE INDEX earlywarning_forecast_horizon_idx ON earlywarning_forecast (run_id, horizon, country);

-- Which countries' units a backtest scored (a side of the leave-countries-out split, countries, a region).
ALTER TABLE earlywarning_backtest ADD COLUMN scope TEXT NOT NULL DEFAULT 'all countries';
