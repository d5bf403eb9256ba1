-- Early warning: an alert's explanation is kept as a message key and its arguments and put into words in the
-- reader's language. Explanations stored before as English sentences are kept as they were, under a key that
-- shows the stored text.
ALTER TABLE earlywarning_alert ADD COLUMN explanation_key TEXT, ADD COLUMN explanation_args JSONB;

UPDATE earlywarning_alert
   SET explanation_key = 'ewa.explanation.legacy',
       explanation_args = jsonb_build_array(jsonb_build_object('text', explanation));

ALTER TABLE earlywarning_alert
    ALTER COLUMN explanation_key SET NOT NULL,
    ALTER COLUMN explanation_args SET NOT NULL,
    DROP COLUMN explanation;
