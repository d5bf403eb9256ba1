-- Durable background jobs (db-scheduler): one row per job instance, claimed by exactly one node
-- (picked, picked_by), kept alive by its heartbeat; a row whose heartbeat stops is taken over by another node.
CREATE TABLE platform_job (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX platform_job_execution_time ON platform_job (execution_time);
CREATE INDEX platform_job_last_heartbeat ON platform_job (last_heartbeat);
CREATE INDEX platform_job_priority_execution_time ON platform_job (priority DESC, execution_time ASC);
