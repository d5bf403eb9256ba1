-- A deleted alert rule is retired rather than removed: the alerts it raised reference it (and removing it would
-- remove them with it), so it stays stored, switched off, out of the lists and out of evaluation.

ALTER TABLE earlywarning_alert_rule ADD COLUMN retired_at TIMESTAMPTZ;
ALTER TABLE earlywarning_alert_rule ADD COLUMN retired_by TEXT;
ALTER TABLE earlywarning_alert_rule ADD CONSTRAINT earlywarning_alert_rule_retired_off_chk
    CHECK (retired_at IS NULL OR NOT enabled);
