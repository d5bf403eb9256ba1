-- Identity: users acting for one party each, API tokens, login throttling.

CREATE TABLE identity_user (
    id             UUID PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    email          TEXT,
    party_code     TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('VIEWER', 'OFFICER', 'FOCAL_POINT', 'ADMINISTRATOR', 'SECRETARIAT_ADMIN')),
    password_hash  TEXT NOT NULL,
    enabled        BOOLEAN NOT NULL DEFAULT TRUE,
    language       TEXT NOT NULL DEFAULT 'en',
    demo           BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    version        BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX identity_user_party_idx ON identity_user (party_code);

CREATE TABLE identity_token (
    id          UUID PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES identity_user (id),
    token_hash  TEXT NOT NULL UNIQUE,        -- SHA-256 of the token; the token itself is never stored
    label       TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);

CREATE TABLE identity_login_failure (
    username    TEXT NOT NULL,
    failed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX identity_login_failure_idx ON identity_login_failure (username, failed_at);
