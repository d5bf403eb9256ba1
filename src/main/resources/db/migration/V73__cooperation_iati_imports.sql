-- IATI imports in the background: the job and what happened to each activity so far, written in the activity's
-- own transaction, so that every node shows the same progress, the list survives restarts, and a job taken over
-- by another node passes over the activities already written.
CREATE TABLE cooperation_iati_import (
    id             uuid PRIMARY KEY,
    party          text                     NOT NULL,
    submitted_by   text                     NOT NULL,
    submitted_role text                     NOT NULL,
    file_name      text                     NOT NULL,
    default_area   text,
    total          integer                  NOT NULL,
    state          text                     NOT NULL,
    error          text,
    started_at     timestamp with time zone NOT NULL,
    finished_at    timestamp with time zone
);

CREATE INDEX cooperation_iati_import_party ON cooperation_iati_import (party, started_at DESC);

-- position: the activity's place in the file (0, 1, …); activities the reader could not read are -1, -2, …
CREATE TABLE cooperation_iati_import_entry (
    import_id  uuid    NOT NULL REFERENCES cooperation_iati_import (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    line       integer NOT NULL,
    identifier text,
    outcome    text    NOT NULL,
    reason     text,
    project_id uuid,
    warnings   text[]  NOT NULL,
    PRIMARY KEY (import_id, position)
);
