-- A registration is a party's delegation, or the registered participants of a think tank, academy or NGO
-- at a forum.
ALTER TABLE meetings_registration
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'DELEGATION' CHECK (kind IN ('DELEGATION', 'PARTICIPANTS'));
