-- Meetings, conferences and forums: programme, delegations with capacity and waiting list, outcome.

CREATE TABLE meetings_meeting (
    id           UUID PRIMARY KEY,
    owner_party  TEXT NOT NULL,                 -- the organising party, whose users run the meeting
    series       TEXT NOT NULL,                 -- the mechanism or forum party the meeting belongs to
    series_kind  TEXT NOT NULL CHECK (series_kind IN ('MECHANISM', 'FORUM')),
    title        TEXT NOT NULL,
    starts_at    TIMESTAMPTZ NOT NULL,
    ends_at      TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    time_zone    TEXT NOT NULL,
    venue        TEXT NOT NULL DEFAULT '',
    online_url   TEXT,
    languages    TEXT[] NOT NULL DEFAULT '{}',
    capacity     INT NOT NULL CHECK (capacity > 0),
    invited      TEXT[] NOT NULL DEFAULT '{}',  -- parties invited (mechanism meetings); forums are open
    cancelled    BOOLEAN NOT NULL DEFAULT FALSE,
    sequence     INT NOT NULL DEFAULT 0,        -- iCalendar SEQUENCE: rises with every change of time, place or status
    outcome_documents   TEXT,
    outcome_commitments TEXT,
    outcome_follow_up   TEXT,
    outcome_recorded_at TIMESTAMPTZ,
    demo         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    version      BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX meetings_meeting_series_idx ON meetings_meeting (series);

CREATE TABLE meetings_session (
    id          UUID PRIMARY KEY,
    meeting_id  UUID NOT NULL REFERENCES meetings_meeting (id),
    title       TEXT NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    room        TEXT NOT NULL DEFAULT '',
    speakers    TEXT[] NOT NULL DEFAULT '{}',
    sequence    INT NOT NULL DEFAULT 0
);

CREATE TABLE meetings_registration (
    id           UUID PRIMARY KEY,
    meeting_id   UUID NOT NULL REFERENCES meetings_meeting (id),
    party        TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('PENDING', 'WAITING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    arrival      BIGSERIAL,                    -- order of arrival: the waiting list is promoted in this order
    credentials  TEXT,                         -- reference of the note verbale
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX meetings_registration_active_idx ON meetings_registration (meeting_id, party)
    WHERE status IN ('PENDING', 'WAITING', 'APPROVED');

CREATE TABLE meetings_delegate (
    registration_id  UUID NOT NULL REFERENCES meetings_registration (id),
    position         INT NOT NULL,
    name             TEXT NOT NULL,
    function         TEXT NOT NULL DEFAULT '',
    head             BOOLEAN NOT NULL DEFAULT FALSE,
    attended         BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (registration_id, position)
);

CREATE UNIQUE INDEX meetings_delegate_name_idx ON meetings_delegate (registration_id, lower(name));
