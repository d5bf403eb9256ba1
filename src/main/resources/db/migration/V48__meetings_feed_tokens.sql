-- Personal calendar feed tokens: calendar clients cannot log in, so the feed URL carries a secret token.
-- Only its SHA-256 is kept; regenerating replaces it and the old URL stops working.
CREATE TABLE meetings_feed_token (
    username     TEXT PRIMARY KEY,
    token_sha256 TEXT NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
