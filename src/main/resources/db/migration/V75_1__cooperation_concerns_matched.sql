-- When a proposed project was matched against the registered security concerns: soon after it is proposed (an event
-- heard after commit), at the latest when it is to be activated; set once, so a project is matched once. Projects
-- proposed before were matched when they were proposed.
ALTER TABLE cooperation_project ADD COLUMN concerns_matched_at TIMESTAMPTZ;

UPDATE cooperation_project SET concerns_matched_at = updated_at WHERE status <> 'DRAFT';
