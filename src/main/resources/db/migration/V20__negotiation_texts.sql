-- Negotiated texts. The text row is the aggregate's head (who takes part, who may read it, its version);
-- negotiation_text_command is the ordered log of every accepted command, from which the text is rebuilt;
-- negotiation_paragraph keeps each paragraph's current wording and revision for search and reports.

CREATE TABLE negotiation_text (
    id            UUID PRIMARY KEY,
    title         TEXT        NOT NULL,
    rule          TEXT        NOT NULL,
    threshold     NUMERIC(4, 3),
    facilitator   TEXT        NOT NULL,
    participants  TEXT[]      NOT NULL,
    readers       TEXT[]      NOT NULL,
    visibility    TEXT        NOT NULL,
    owner_party   TEXT        NOT NULL,
    track_id      UUID,
    status        TEXT        NOT NULL,
    demo          BOOLEAN     NOT NULL DEFAULT FALSE,
    version       BIGINT      NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX negotiation_text_readers ON negotiation_text USING GIN (readers);
CREATE INDEX negotiation_text_track ON negotiation_text (track_id);

CREATE TABLE negotiation_text_command (
    text_id      UUID        NOT NULL REFERENCES negotiation_text (id),
    seq          INT         NOT NULL,
    kind         TEXT        NOT NULL,
    actor_party  TEXT        NOT NULL,
    focal_point  BOOLEAN     NOT NULL,
    username     TEXT        NOT NULL,
    payload      JSONB       NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (text_id, seq)
);

CREATE TABLE negotiation_paragraph (
    text_id      UUID    NOT NULL REFERENCES negotiation_text (id),
    number       TEXT    NOT NULL,
    kind_order   INT     NOT NULL,
    num          INT     NOT NULL,
    sub          TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    compilation  TEXT    NOT NULL,
    revision     BIGINT  NOT NULL,
    agreed       BOOLEAN NOT NULL,
    PRIMARY KEY (text_id, number)
);
