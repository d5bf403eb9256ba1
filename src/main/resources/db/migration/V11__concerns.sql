-- Registered security concerns and the consultations opened when a proposal touches one.

CREATE TABLE concerns_concern (
    id                UUID PRIMARY KEY,
    owner_party       TEXT NOT NULL,
    text              TEXT NOT NULL,
    domains           TEXT[] NOT NULL DEFAULT '{}',
    countries         TEXT[] NOT NULL DEFAULT '{}',
    regions           TEXT[] NOT NULL DEFAULT '{}',
    concerned_parties TEXT[] NOT NULL DEFAULT '{}',
    activity_kinds    TEXT[] NOT NULL DEFAULT '{}',
    visibility        TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'SECRETARIAT')),
    registered_at     TIMESTAMPTZ NOT NULL,
    withdrawn_at      TIMESTAMPTZ,
    demo              BOOLEAN NOT NULL DEFAULT FALSE,
    version           BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX concerns_concern_owner ON concerns_concern (owner_party);

CREATE TABLE concerns_consultation (
    id            UUID PRIMARY KEY,
    concern_id    UUID NOT NULL REFERENCES concerns_concern (id),
    proposal_kind TEXT NOT NULL,
    proposal_id   TEXT NOT NULL,
    proposal_title TEXT NOT NULL DEFAULT '',
    owner_party   TEXT NOT NULL,
    matched_on    TEXT[] NOT NULL,
    opened_at     TIMESTAMPTZ NOT NULL,
    closes_at     TIMESTAMPTZ NOT NULL,
    state         TEXT NOT NULL,
    answer        TEXT,
    answered_at   TIMESTAMPTZ,
    version       BIGINT NOT NULL DEFAULT 0,
    UNIQUE (concern_id, proposal_kind, proposal_id)
);
CREATE INDEX concerns_consultation_proposal ON concerns_consultation (proposal_kind, proposal_id);
CREATE INDEX concerns_consultation_owner ON concerns_consultation (owner_party);
