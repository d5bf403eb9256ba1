-- Forecast alert rules on PRIO-GRID cells: the probability of each cell of a country, raised for the country.

ALTER TABLE earlywarning_alert_rule DROP CONSTRAINT earlywarning_alert_rule_metric_chk;
ALTER TABLE earlywarning_alert_rule ADD CONSTRAINT earlywarning_alert_rule_metric_chk
    CHECK (metric IN ('events', 'fatalities', 'p_gt_0', 'p_gt_25', 'cell_p_gt_0', 'cell_p_gt_25'));
