-- Imports of the platform are durable jobs from now on (platform_job); those queued or running before have no job
-- row and can never finish.
UPDATE earlywarning_import_job SET status = 'FAILED', finished_at = now(),
       error = 'The platform stopped before the import finished; import the file again.'
 WHERE runner = 'web' AND status IN ('QUEUED', 'RUNNING');
