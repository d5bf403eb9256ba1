-- Early warning: a rejected row of an import is kept as why (kind, a message key) and the values the message shows,
-- put into the reader's language when it is read. Rows kept before have only their stored sentence (reason), shown
-- as stored.

ALTER TABLE earlywarning_import_rejection
    ALTER COLUMN reason DROP NOT NULL,
    ADD COLUMN kind      TEXT,
    ADD COLUMN arguments TEXT[],
    ADD CONSTRAINT earlywarning_import_rejection_said_chk
        CHECK ((kind IS NOT NULL AND arguments IS NOT NULL) OR reason IS NOT NULL);
