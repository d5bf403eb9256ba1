-- Files a job works on (uploads), kept in the database in parts until the job ends, so that any node can run
-- the job or take it over; the node that received the upload reads its own copy on disk.
CREATE TABLE platform_job_file_part (
    file_id uuid    NOT NULL,
    part    integer NOT NULL,
    bytes   bytea   NOT NULL,
    PRIMARY KEY (file_id, part)
);
