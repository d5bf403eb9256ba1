-- Audit: append-only record of every state-changing command.

CREATE TABLE audit_entry (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    username     TEXT NOT NULL,
    party_code   TEXT,
    action       TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    record_id    TEXT,
    summary      TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('done', 'denied')),
    record_owner TEXT                       -- the party whose record was concerned, when another party's
);

CREATE INDEX audit_entry_party_idx ON audit_entry (party_code, at DESC);
CREATE INDEX audit_entry_owner_idx ON audit_entry (record_owner, at DESC);
CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
