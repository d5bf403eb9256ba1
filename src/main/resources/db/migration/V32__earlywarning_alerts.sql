-- Early warning alerts: rules (global, per country, per situation), the alerts they raised with the numbers that
-- explain them, and the parties' subscriptions.

CREATE TABLE earlywarning_alert_rule (
    id            UUID PRIMARY KEY,
    scope         TEXT NOT NULL,
    country       CHAR(3),
    situation_id  UUID REFERENCES earlywarning_situation (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    metric        TEXT NOT NULL,
    category      TEXT,
    k             DOUBLE PRECISION,
    min_rise      DOUBLE PRECISION,
    threshold     DOUBLE PRECISION,
    quiet_months  INTEGER,
    probability   DOUBLE PRECISION,
    horizon       INTEGER,
    enabled       BOOLEAN NOT NULL DEFAULT true,
    owner_party   TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT earlywarning_alert_rule_scope_chk CHECK (
        (scope = 'GLOBAL' AND country IS NULL AND situation_id IS NULL)
        OR (scope = 'COUNTRY' AND country IS NOT NULL AND situation_id IS NULL)
        OR (scope = 'SITUATION' AND situation_id IS NOT NULL AND country IS NULL)),
    CONSTRAINT earlywarning_alert_rule_kind_chk
        CHECK (kind IN ('ESCALATION', 'ONSET', 'THRESHOLD_CROSSING', 'FORECAST_PROBABILITY')),
    CONSTRAINT earlywarning_alert_rule_metric_chk CHECK (metric IN ('events', 'fatalities', 'p_gt_0', 'p_gt_25'))
);

CREATE INDEX earlywarning_alert_rule_situation_idx ON earlywarning_alert_rule (situation_id);

CREATE TABLE earlywarning_alert (
    id           UUID PRIMARY KEY,
    rule_id      UUID NOT NULL REFERENCES earlywarning_alert_rule (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    metric       TEXT NOT NULL,
    country      CHAR(3) NOT NULL,
    unit         TEXT NOT NULL,
    month        DATE NOT NULL,
    situation_id UUID REFERENCES earlywarning_situation (id) ON DELETE CASCADE,
    explanation  TEXT NOT NULL,
    numbers      JSONB NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Evaluating the same month again never raises the same alert twice.
    CONSTRAINT earlywarning_alert_once UNIQUE (rule_id, unit, month)
);

CREATE INDEX earlywarning_alert_country_idx ON earlywarning_alert (country, month DESC);
CREATE INDEX earlywarning_alert_situation_idx ON earlywarning_alert (situation_id, month DESC);
CREATE INDEX earlywarning_alert_created_idx ON earlywarning_alert (created_at DESC);

CREATE TABLE earlywarning_alert_subscription (
    id          UUID PRIMARY KEY,
    party       TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT earlywarning_alert_subscription_kind_chk
        CHECK (target_kind IN ('COUNTRY', 'REGION', 'DOMAIN', 'SITUATION')),
    CONSTRAINT earlywarning_alert_subscription_once UNIQUE (party, target_kind, target)
);

CREATE INDEX earlywarning_alert_subscription_target_idx ON earlywarning_alert_subscription (target_kind, target);
