-- A notice sent in reaction to an event names what happened; the same notice reaches a recipient at most once, so an
-- event delivered again after a crash tells nobody twice.
ALTER TABLE notifications_message ADD COLUMN once_key TEXT;

CREATE UNIQUE INDEX notifications_message_once_idx ON notifications_message (recipient, once_key)
    WHERE once_key IS NOT NULL;
