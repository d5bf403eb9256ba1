-- Cooperation projects, their participants and consent, timeline, funds, transactions and results.

CREATE TABLE cooperation_fund (
    id             UUID PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    managing_party TEXT NOT NULL,
    currency       TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    demo           BOOLEAN NOT NULL DEFAULT FALSE,
    version        BIGINT NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE cooperation_fund_contribution (
    id             UUID PRIMARY KEY,
    fund_id        UUID NOT NULL REFERENCES cooperation_fund (id) ON DELETE CASCADE,
    party          TEXT NOT NULL,
    amount         NUMERIC(20, 2) NOT NULL CHECK (amount >= 0),
    currency       TEXT NOT NULL,
    contributed_on DATE NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_fund_contribution_fund ON cooperation_fund_contribution (fund_id);

CREATE TABLE cooperation_project (
    id              UUID PRIMARY KEY,
    iati_identifier TEXT UNIQUE,
    owner_party     TEXT NOT NULL,
    visibility      TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'PARTICIPANTS', 'OWNER')),
    status          TEXT NOT NULL,
    participants    TEXT[] NOT NULL DEFAULT '{}',
    title           JSONB NOT NULL,
    description     JSONB NOT NULL DEFAULT '{}',
    title_text      TEXT NOT NULL DEFAULT '',
    priority_areas  TEXT[] NOT NULL DEFAULT '{}',
    domains         TEXT[] NOT NULL DEFAULT '{}',
    countries       TEXT[] NOT NULL DEFAULT '{}',
    regions         TEXT[] NOT NULL DEFAULT '{}',
    planned_start   DATE,
    planned_end     DATE,
    actual_start    DATE,
    actual_end      DATE,
    budget          NUMERIC(20, 2),
    currency        TEXT,
    fund_id         UUID REFERENCES cooperation_fund (id),
    resolutions     TEXT[] NOT NULL DEFAULT '{}',
    progress        NUMERIC(6, 4),
    demo            BOOLEAN NOT NULL DEFAULT FALSE,
    version         BIGINT NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    search          TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title_text)) STORED
);
CREATE INDEX cooperation_project_search ON cooperation_project USING GIN (search);
CREATE INDEX cooperation_project_participants ON cooperation_project USING GIN (participants);
CREATE INDEX cooperation_project_areas ON cooperation_project USING GIN (priority_areas);
CREATE INDEX cooperation_project_countries ON cooperation_project USING GIN (countries);
CREATE INDEX cooperation_project_status ON cooperation_project (status, updated_at DESC);
CREATE INDEX cooperation_project_owner ON cooperation_project (owner_party);
CREATE INDEX cooperation_project_updated ON cooperation_project (updated_at DESC, id);

-- One row per participating party, with its IATI roles and its consent (empty while the project is a draft).
CREATE TABLE cooperation_participant (
    project_id    UUID NOT NULL REFERENCES cooperation_project (id) ON DELETE CASCADE,
    party         TEXT NOT NULL,
    roles         TEXT[] NOT NULL,
    position      INT NOT NULL,
    consent_state TEXT,
    requested_at  TIMESTAMPTZ,
    deadline      TIMESTAMPTZ,
    answered_at   TIMESTAMPTZ,
    reason        TEXT,
    reminded_at   TIMESTAMPTZ,
    PRIMARY KEY (project_id, party)
);
CREATE INDEX cooperation_participant_pending ON cooperation_participant (party) WHERE consent_state = 'REQUESTED';

-- What happened to a project, in order: transitions, consent answers, participants joining and leaving.
CREATE TABLE cooperation_timeline (
    id         BIGSERIAL PRIMARY KEY,
    project_id UUID NOT NULL REFERENCES cooperation_project (id) ON DELETE CASCADE,
    at         TIMESTAMPTZ NOT NULL,
    kind       TEXT NOT NULL,
    party      TEXT,
    actor      TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cooperation_timeline_project ON cooperation_timeline (project_id, at);

CREATE TABLE cooperation_transaction (
    id            UUID PRIMARY KEY,
    project_id    UUID NOT NULL REFERENCES cooperation_project (id) ON DELETE CASCADE,
    type          TEXT NOT NULL,
    value_date    DATE NOT NULL,
    amount        NUMERIC(20, 2) NOT NULL,
    currency      TEXT NOT NULL,
    provider_ref  TEXT,
    provider_name TEXT,
    receiver_ref  TEXT,
    receiver_name TEXT,
    description   TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_transaction_project ON cooperation_transaction (project_id);

-- A result with its indicators and periods, kept as one JSON document in the shape of the domain.
CREATE TABLE cooperation_result (
    id         UUID PRIMARY KEY,
    project_id UUID NOT NULL REFERENCES cooperation_project (id) ON DELETE CASCADE,
    position   INT NOT NULL,
    body       JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_result_project ON cooperation_result (project_id);
