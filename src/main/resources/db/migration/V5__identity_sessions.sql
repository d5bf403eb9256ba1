-- Identity: HTTP sessions kept in the database (Spring Session JDBC, table name set in application.yml), so
-- any node can serve a session and a user's sessions can be ended by username on every node at once.

CREATE TABLE identity_session (
    primary_id            CHAR(36) NOT NULL PRIMARY KEY,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100)          -- the username once logged in; ends every session of a user
);

CREATE UNIQUE INDEX identity_session_id_idx ON identity_session (session_id);
CREATE INDEX identity_session_expiry_idx ON identity_session (expiry_time);
CREATE INDEX identity_session_principal_idx ON identity_session (principal_name);

CREATE TABLE identity_session_attributes (
    session_primary_id CHAR(36) NOT NULL REFERENCES identity_session (primary_id) ON DELETE CASCADE,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);

-- Login throttling decided by one statement: a row per username counts the password checks of its window.
CREATE TABLE identity_login_window (
    username     TEXT PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    attempts     INT NOT NULL
);

DROP TABLE identity_login_failure;
