-- Documents attached to a project. The bytes live under <data-dir>/documents, named by their SHA-256.
CREATE TABLE cooperation_document (
    id             UUID PRIMARY KEY,
    project_id     UUID NOT NULL REFERENCES cooperation_project (id) ON DELETE CASCADE,
    filename       TEXT NOT NULL,
    content_type   TEXT NOT NULL,
    size           BIGINT NOT NULL CHECK (size >= 0),
    sha256         TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by    TEXT NOT NULL,
    uploaded_party TEXT NOT NULL,
    uploaded_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_document_project ON cooperation_document (project_id, uploaded_at);
