-- Spring Modulith's event publication registry: one row per event and listener, written in the transaction that
-- published the event, completed when the listener has done its work. Completed rows move to the archive, so the
-- registry holds only what is still to be delivered (resubmitted at every start). The layout is the library's own
-- (version 2 of its schema); tables a data directory already has, made at start by earlier versions, are kept.
CREATE TABLE IF NOT EXISTS event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);

ALTER TABLE event_publication ADD COLUMN IF NOT EXISTS status TEXT;
ALTER TABLE event_publication ADD COLUMN IF NOT EXISTS completion_attempts INT;
ALTER TABLE event_publication ADD COLUMN IF NOT EXISTS last_resubmission_date TIMESTAMPTZ;

CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

CREATE TABLE IF NOT EXISTS event_publication_archive (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);

CREATE INDEX IF NOT EXISTS event_publication_archive_serialized_event_hash_idx
    ON event_publication_archive USING hash (serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_archive_by_completion_date_idx
    ON event_publication_archive (completion_date);

-- publications completed before the registry archived them
INSERT INTO event_publication_archive
SELECT id, listener_id, event_type, serialized_event, publication_date, completion_date, status, completion_attempts,
       last_resubmission_date
FROM event_publication
WHERE completion_date IS NOT NULL
ON CONFLICT (id) DO NOTHING;

DELETE FROM event_publication WHERE completion_date IS NOT NULL;
