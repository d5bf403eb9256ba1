-- Dialogue tracks: the head row (who may read it, its version) and the ordered log of accepted commands from
-- which the track is rebuilt. Confidence-building measures with their implementation reports.

CREATE TABLE dialogue_track (
    id           UUID PRIMARY KEY,
    subject      TEXT        NOT NULL,
    format       TEXT        NOT NULL,
    parties      TEXT[]      NOT NULL,
    related_to   TEXT,
    visibility   TEXT        NOT NULL,
    owner_party  TEXT        NOT NULL,
    readers      TEXT[]      NOT NULL,
    mediator     TEXT,
    demo         BOOLEAN     NOT NULL DEFAULT FALSE,
    version      BIGINT      NOT NULL,
    opened_at    TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX dialogue_track_readers ON dialogue_track USING GIN (readers);

CREATE TABLE dialogue_track_command (
    track_id     UUID        NOT NULL REFERENCES dialogue_track (id),
    seq          INT         NOT NULL,
    kind         TEXT        NOT NULL,
    actor_party  TEXT        NOT NULL,
    focal_point  BOOLEAN     NOT NULL,
    username     TEXT        NOT NULL,
    payload      JSONB       NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (track_id, seq)
);

CREATE TABLE dialogue_measure (
    id               UUID PRIMARY KEY,
    track_id         UUID REFERENCES dialogue_track (id),
    catalogue_code   TEXT,
    dimension        TEXT        NOT NULL,
    title            TEXT        NOT NULL,
    implementing     TEXT[]      NOT NULL,
    starts_on        DATE        NOT NULL,
    due_on           DATE        NOT NULL,
    status           TEXT        NOT NULL,
    overdue_flagged  BOOLEAN     NOT NULL DEFAULT FALSE,
    visibility       TEXT        NOT NULL,
    owner_party      TEXT        NOT NULL,
    readers          TEXT[]      NOT NULL,
    demo             BOOLEAN     NOT NULL DEFAULT FALSE,
    version          BIGINT      NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);

CREATE INDEX dialogue_measure_due ON dialogue_measure (due_on) WHERE status <> 'IMPLEMENTED';

CREATE TABLE dialogue_measure_report (
    measure_id     UUID        NOT NULL REFERENCES dialogue_measure (id),
    seq            INT         NOT NULL,
    party          TEXT        NOT NULL,
    reported_on    DATE        NOT NULL,
    body           TEXT        NOT NULL,
    part_complete  BOOLEAN     NOT NULL,
    username       TEXT        NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (measure_id, seq)
);
