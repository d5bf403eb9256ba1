-- Training: the reason for a country's seats is kept as a message key and its arguments and put into words in the
-- reader's language. Reasons stored before as English sentences are kept as they were, under a key that shows the
-- stored text.
ALTER TABLE training_share ADD COLUMN reason_key TEXT, ADD COLUMN reason_args JSONB;

UPDATE training_share
   SET reason_key = 'training.reason.legacy',
       reason_args = jsonb_build_array(jsonb_build_object('text', reason));

ALTER TABLE training_share
    ALTER COLUMN reason_key SET NOT NULL,
    ALTER COLUMN reason_args SET NOT NULL,
    DROP COLUMN reason;
