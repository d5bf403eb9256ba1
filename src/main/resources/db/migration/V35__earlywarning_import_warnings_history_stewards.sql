-- Early warning: what imports keep and tell. Rows that are odd but can be placed are imported and listed as
-- warnings; a stored event that an import changes or retracts keeps its previous version; public sources are
-- written only by the secretariat and the parties it names as their data stewards.

ALTER TABLE earlywarning_import_job
    ADD COLUMN warnings       BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN retracted      BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN replace_period BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN owner_party    TEXT NOT NULL DEFAULT '',
    -- 'web' (the platform's background worker) or 'command-line' (a foreground import of the jar's command line)
    ADD COLUMN runner         TEXT NOT NULL DEFAULT 'web';

-- At most 10,000 warnings are kept per job; the job's count stays exact.
CREATE TABLE earlywarning_import_warning (
    job_id    UUID NOT NULL REFERENCES earlywarning_import_job (id) ON DELETE CASCADE,
    line      BIGINT NOT NULL,
    field     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    arguments TEXT[] NOT NULL,
    PRIMARY KEY (job_id, line, kind, field)
);

-- Earlier versions of stored events, as they were stored (every column of earlywarning_event, no key: an event
-- has as many versions as it was changed), with the import that replaced or retracted them.
CREATE TABLE earlywarning_event_version (LIKE earlywarning_event);
ALTER TABLE earlywarning_event_version
    ADD COLUMN superseded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN superseded_by_job UUID,
    ADD COLUMN superseded_by     TEXT NOT NULL,
    ADD COLUMN change            TEXT NOT NULL,
    ADD CONSTRAINT earlywarning_event_version_change_chk CHECK (change IN ('UPDATED', 'RETRACTED'));

CREATE INDEX earlywarning_event_version_key_idx ON earlywarning_event_version (source, source_id, superseded_at);

-- Parties named by the secretariat to write the events of a public source (ucdp-ged, acled, gdelt1, gdelt2).
CREATE TABLE earlywarning_data_steward (
    source   TEXT NOT NULL,
    party    TEXT NOT NULL,
    named_by TEXT NOT NULL,
    named_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, party)
);
