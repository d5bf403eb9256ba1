-- Commitments: pledges made by parties and the deliveries reported against them.

CREATE TABLE commitments_pledge (
    id                  UUID PRIMARY KEY,
    owner_party         TEXT NOT NULL,                 -- the pledging party
    text                TEXT NOT NULL,
    unit_kind           TEXT NOT NULL CHECK (unit_kind IN ('TRAINING_PLACES', 'MONEY', 'ITEMS', 'EXPERTS', 'DAYS')),
    currency            TEXT,                          -- ISO 4217, money only
    target              NUMERIC(20, 4) NOT NULL CHECK (target > 0),
    period_start        DATE NOT NULL,
    period_end          DATE NOT NULL CHECK (period_end >= period_start),
    priority_areas      TEXT[] NOT NULL DEFAULT '{}',
    beneficiary_rule    TEXT NOT NULL CHECK (beneficiary_rule IN ('parties', 'developing', 'ldc', 'sids', 'lldc', 'members')),
    beneficiary_codes   TEXT[] NOT NULL DEFAULT '{}',  -- the parties named, or the one mechanism
    participants        TEXT[] NOT NULL DEFAULT '{}',  -- who may read a PARTICIPANTS pledge: its beneficiaries
    made_at_kind        TEXT,
    made_at_reference   TEXT,
    visibility          TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'PARTICIPANTS', 'OWNER')),
    delivered_total     NUMERIC(20, 4) NOT NULL DEFAULT 0, -- kept with every delivery in the same transaction
    demo                BOOLEAN NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    version             BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX commitments_pledge_owner_idx ON commitments_pledge (owner_party);
CREATE INDEX commitments_pledge_areas_idx ON commitments_pledge USING GIN (priority_areas);

CREATE TABLE commitments_delivery (
    id             UUID PRIMARY KEY,
    pledge_id      UUID NOT NULL REFERENCES commitments_pledge (id),
    quantity       NUMERIC(20, 4) NOT NULL CHECK (quantity > 0),
    delivered_on   DATE NOT NULL,
    beneficiary    TEXT,
    evidence       TEXT NOT NULL DEFAULT '',
    link_kind      TEXT CHECK (link_kind IN ('project', 'course')),
    link_id        UUID,
    source_key     TEXT,                                -- one course completion etc.: counted once
    reported_by    TEXT NOT NULL,
    confirmed_on   DATE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (pledge_id, source_key)
);

CREATE INDEX commitments_delivery_pledge_idx ON commitments_delivery (pledge_id, delivered_on);
