-- Polls among the members of a mechanism: the poll row (members fixed when it opens, outcome once closed)
-- and every ballot in the order cast; a later ballot of the same member replaces its earlier one.

CREATE TABLE negotiation_poll (
    id           UUID PRIMARY KEY,
    mechanism    TEXT          NOT NULL,
    question     TEXT          NOT NULL,
    kind         TEXT          NOT NULL,
    choices      TEXT[]        NOT NULL,
    members      TEXT[]        NOT NULL,
    quorum       NUMERIC(4, 3) NOT NULL,
    hidden       BOOLEAN       NOT NULL,
    visibility   TEXT          NOT NULL,
    owner_party  TEXT          NOT NULL,
    readers      TEXT[]        NOT NULL,
    status       TEXT          NOT NULL,
    outcome      JSONB,
    demo         BOOLEAN       NOT NULL DEFAULT FALSE,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL
);

CREATE INDEX negotiation_poll_readers ON negotiation_poll USING GIN (readers);

CREATE TABLE negotiation_poll_ballot (
    poll_id   UUID        NOT NULL REFERENCES negotiation_poll (id),
    seq       INT         NOT NULL,
    party     TEXT        NOT NULL,
    vote      TEXT,
    reason    TEXT,
    ranking   TEXT[],
    username  TEXT        NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (poll_id, seq)
);
