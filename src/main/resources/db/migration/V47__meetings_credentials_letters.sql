-- The credentials letter (note verbale) of a delegation, stored like meeting documents.
ALTER TABLE meetings_registration
    ADD COLUMN letter_filename     TEXT,
    ADD COLUMN letter_content_type TEXT,
    ADD COLUMN letter_size         BIGINT,
    ADD COLUMN letter_sha256       TEXT CHECK (letter_sha256 ~ '^[0-9a-f]{64}$'),
    ADD COLUMN letter_uploaded_at  TIMESTAMPTZ;
