-- Identity: the time zone a user chose for pages (IANA id); empty follows the browser's.
ALTER TABLE identity_user ADD COLUMN time_zone TEXT;
