-- Screening: sanctions lists with their versions and the history of each entry, checks of names with their
-- candidates and decisions, batches of checks, and the names kept under watch for re-screening.

CREATE TABLE screening_list (
    id              TEXT PRIMARY KEY,                    -- un-sc, or national-<party>-<slug>
    kind            TEXT NOT NULL CHECK (kind IN ('UN', 'NATIONAL')),
    title           TEXT NOT NULL,
    owner_party     TEXT NOT NULL,
    visibility      TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'PARTICIPANTS', 'OWNER')),
    participants    TEXT[] NOT NULL DEFAULT '{}',
    current_version UUID,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE screening_list_version (
    id            UUID PRIMARY KEY,
    list_id       TEXT NOT NULL REFERENCES screening_list (id),
    number        INT NOT NULL,
    generated_on  TEXT NOT NULL DEFAULT '',             -- the file's own date (dateGenerated)
    file_name     TEXT NOT NULL DEFAULT '',
    sha256        TEXT NOT NULL,
    imported_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    imported_by   TEXT NOT NULL,
    individuals   INT NOT NULL,
    entities      INT NOT NULL,
    added         INT NOT NULL,
    removed       INT NOT NULL,
    amended       INT NOT NULL,
    unchanged     INT NOT NULL,
    rejected      INT NOT NULL,
    report        JSONB NOT NULL,                      -- references by change, rejected entries and warnings
    UNIQUE (list_id, number)
);

-- The entries as the current version of their list has them; a removed entry stays with removed_in set.
CREATE TABLE screening_entry (
    list_id       TEXT NOT NULL REFERENCES screening_list (id),
    reference     TEXT NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('PERSON', 'ORGANISATION')),
    name          TEXT NOT NULL,
    regime        TEXT NOT NULL DEFAULT '',
    content       JSONB NOT NULL,
    content_hash  TEXT NOT NULL,
    listed_in     UUID NOT NULL,
    changed_in    UUID NOT NULL,
    removed_in    UUID,
    PRIMARY KEY (list_id, reference)
);

CREATE TABLE screening_entry_history (
    id          BIGSERIAL PRIMARY KEY,
    list_id     TEXT NOT NULL,
    reference   TEXT NOT NULL,
    version_id  UUID NOT NULL REFERENCES screening_list_version (id),
    change      TEXT NOT NULL CHECK (change IN ('ADDED', 'AMENDED', 'REMOVED', 'RELISTED')),
    fields      TEXT[] NOT NULL DEFAULT '{}',
    content     JSONB NOT NULL
);
CREATE INDEX screening_entry_history_entry_idx ON screening_entry_history (list_id, reference, id);

-- Names kept under watch: saved by a party, or the platform's own people (trainees, delegation members, contacts,
-- partner organisations of projects), each owned by the party that answers for it.
CREATE TABLE screening_subject (
    id            UUID PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('SAVED', 'TRAINEE', 'DELEGATE', 'CONTACT', 'PARTNER')),
    source_ref    TEXT NOT NULL,
    owner_party   TEXT NOT NULL,
    name          TEXT NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('PERSON', 'ORGANISATION')),
    birth_date    TEXT,
    nationality   TEXT,
    context       TEXT NOT NULL DEFAULT '',
    link          TEXT,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    last_check    UUID,
    screened_on   TEXT,                                -- the list versions of the last check
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (kind, source_ref)
);
CREATE INDEX screening_subject_owner_idx ON screening_subject (owner_party) WHERE active;

CREATE TABLE screening_batch (
    id            UUID PRIMARY KEY,
    party         TEXT NOT NULL,
    asked_by      TEXT NOT NULL,
    file_name     TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    threshold     NUMERIC(4, 3) NOT NULL,
    lists         TEXT[] NOT NULL,
    total         INT NOT NULL,
    done          INT NOT NULL DEFAULT 0,
    rejected      INT NOT NULL DEFAULT 0,
    possible      INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    heartbeat_at  TIMESTAMPTZ,
    error         TEXT
);
CREATE INDEX screening_batch_party_idx ON screening_batch (party, created_at DESC);
CREATE INDEX screening_batch_open_idx ON screening_batch (created_at) WHERE state IN ('QUEUED', 'RUNNING');

CREATE TABLE screening_batch_row (
    batch_id     UUID NOT NULL REFERENCES screening_batch (id),
    line         INT NOT NULL,
    client_ref   TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL,
    type         TEXT,
    birth_date   TEXT,
    nationality  TEXT,
    status       TEXT NOT NULL CHECK (status IN ('PENDING', 'DONE', 'REJECTED')),
    reason       TEXT,
    check_id     UUID,
    PRIMARY KEY (batch_id, line)
);
CREATE INDEX screening_batch_row_pending_idx ON screening_batch_row (batch_id, line) WHERE status = 'PENDING';

-- Every check: who asked for which party, what, against which list versions, the candidates, and the decision.
CREATE TABLE screening_check (
    id                UUID PRIMARY KEY,
    party             TEXT NOT NULL,
    asked_by          TEXT NOT NULL,
    asked_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    purpose           TEXT NOT NULL CHECK (purpose IN ('CHECK', 'BATCH', 'RESCREENING')),
    subject_id        UUID,
    batch_id          UUID,
    name              TEXT NOT NULL,
    type              TEXT,
    birth_date        TEXT,
    nationality       TEXT,
    lists             TEXT[] NOT NULL,
    list_versions     JSONB NOT NULL,
    threshold         NUMERIC(4, 3) NOT NULL,
    candidates        JSONB NOT NULL,
    possible_matches  INT NOT NULL,
    decision          TEXT CHECK (decision IN ('NO_MATCH', 'TRUE_MATCH', 'NEEDS_REVIEW')),
    decision_reason   TEXT,
    decision_entry    TEXT,
    decided_by        TEXT,
    decided_at        TIMESTAMPTZ,
    version           BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX screening_check_party_idx ON screening_check (party, asked_at DESC);
CREATE INDEX screening_check_subject_idx ON screening_check (subject_id, asked_at DESC) WHERE subject_id IS NOT NULL;
CREATE INDEX screening_check_batch_idx ON screening_check (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE screening_decision (
    id          BIGSERIAL PRIMARY KEY,
    check_id    UUID NOT NULL REFERENCES screening_check (id),
    decision    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    entry       TEXT,
    decided_by  TEXT NOT NULL,
    party       TEXT NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX screening_decision_check_idx ON screening_decision (check_id, id);
