-- Early warning: the alerts list, newest month first or narrowed to one rule, read from indexes rather than sorting
-- every alert.
CREATE INDEX earlywarning_alert_month_idx ON earlywarning_alert (month DESC NULLS LAST, created_at DESC);
CREATE INDEX earlywarning_alert_rule_idx ON earlywarning_alert (rule_id, month DESC);
