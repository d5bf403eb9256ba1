-- Who may read a meeting: everyone, or only the organiser, the invited parties and the secretariat.
ALTER TABLE meetings_meeting
    ADD COLUMN visibility TEXT NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'PARTICIPANTS'));

-- Documents of a meeting. The bytes live under <data-dir>/meetings, named by their SHA-256.
CREATE TABLE meetings_document (
    id              UUID PRIMARY KEY,
    meeting_id      UUID NOT NULL REFERENCES meetings_meeting (id),
    kind            TEXT NOT NULL CHECK (kind IN ('AGENDA', 'BACKGROUND', 'OUTCOME', 'OTHER')),
    title           TEXT NOT NULL,
    filename        TEXT NOT NULL,
    content_type    TEXT NOT NULL,
    size            BIGINT NOT NULL CHECK (size > 0),
    sha256          TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    negotiated_text UUID,                      -- an outcome document adopted as a negotiated text (by id only)
    uploaded_by     TEXT NOT NULL,
    uploaded_party  TEXT NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (negotiated_text IS NULL OR kind = 'OUTCOME')
);
CREATE INDEX meetings_document_meeting_idx ON meetings_document (meeting_id, uploaded_at);
