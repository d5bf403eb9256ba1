-- Backtests are durable jobs from now on (platform_job); those queued or running before have no job row and can
-- never finish.
UPDATE earlywarning_backtest SET status = 'FAILED', error = 'the platform stopped', finished_at = now()
 WHERE status IN ('QUEUED', 'RUNNING');
