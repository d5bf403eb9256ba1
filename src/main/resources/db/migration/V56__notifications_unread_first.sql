-- The inbox shows a reader's unread notices first when asked: an index in that order.
CREATE INDEX notifications_message_unread_first_idx
    ON notifications_message (recipient, (read_at IS NULL) DESC NULLS LAST, created_at DESC NULLS LAST, id);
