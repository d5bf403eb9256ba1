-- Notices are kept as a message key and its arguments and put into words in each reader's language when read.
-- Notices stored before as English sentences are converted: where the stored sentence is one the platform wrote
-- (its kind and wording are known), its arguments are taken from it, so it reads in the reader's language from now
-- on; any other keeps its stored title and body as the two arguments of 'notice.legacy', shown as they were written.

ALTER TABLE notifications_message
    ADD COLUMN message TEXT,
    ADD COLUMN args    JSONB NOT NULL DEFAULT '[]'::jsonb;

UPDATE notifications_message n SET message = 'notice.minutes-drafted',
       args = jsonb_build_array(jsonb_build_object('text', t[1]), jsonb_build_object('number', b[1]))
FROM (SELECT id, regexp_match(title, '^Minutes to approve: (.*)$') AS t,
             regexp_match(coalesce(body, ''), '^Minutes of session ([0-9]+) were drafted') AS b
      FROM notifications_message WHERE kind = 'minutes-drafted') m
WHERE n.id = m.id AND m.t IS NOT NULL AND m.b IS NOT NULL;

UPDATE notifications_message n SET message = 'notice.project-activated',
       args = jsonb_build_array(jsonb_build_object('text', t[1]))
FROM (SELECT id, regexp_match(title, '^Project active: (.*)$') AS t
      FROM notifications_message WHERE kind = 'project-activated') m
WHERE n.id = m.id AND m.t IS NOT NULL;

UPDATE notifications_message n SET message = 'notice.text-adopted',
       args = jsonb_build_array(jsonb_build_object('text', t[1]))
FROM (SELECT id, regexp_match(title, '^Adopted: (.*)$') AS t
      FROM notifications_message WHERE kind = 'text-adopted') m
WHERE n.id = m.id AND m.t IS NOT NULL;

UPDATE notifications_message n SET message = 'notice.consent-given',
       args = jsonb_build_array(jsonb_build_object('text', t[2]), jsonb_build_object('text', t[1]))
FROM (SELECT id, regexp_match(title, '^(\S+) consented: (.*)$') AS t
      FROM notifications_message WHERE kind = 'consent-given') m
WHERE n.id = m.id AND m.t IS NOT NULL;

-- Notices whose title is the record's own title and whose body is a fixed sentence.
UPDATE notifications_message SET message = 'notice.' || kind, args = jsonb_build_array(jsonb_build_object('text', title))
WHERE message IS NULL AND (
       (kind = 'meeting-cancelled' AND body = 'The meeting was cancelled.')
    OR (kind = 'delegation-promoted' AND body = 'Your delegation moved from the waiting list and awaits approval.')
    OR (kind = 'nomination-selected' AND body = 'Your candidate was selected; confirm the enrolment.')
    OR (kind = 'nomination-declined' AND body = 'Your candidate was not selected.'));

UPDATE notifications_message SET message = 'notice.legacy',
       args = jsonb_build_array(jsonb_build_object('text', title), jsonb_build_object('text', coalesce(body, '')))
WHERE message IS NULL;

ALTER TABLE notifications_message
    ALTER COLUMN message SET NOT NULL,
    DROP COLUMN title,
    DROP COLUMN body;
