-- Notifications: every user's inbox.

CREATE TABLE notifications_message (
    id              UUID PRIMARY KEY,
    recipient       TEXT NOT NULL,
    recipient_party TEXT NOT NULL,
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    body            TEXT,
    link            TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    read_at         TIMESTAMPTZ
);

CREATE INDEX notifications_message_recipient_idx ON notifications_message (recipient, created_at DESC);
CREATE INDEX notifications_message_unread_idx ON notifications_message (recipient) WHERE read_at IS NULL;
