-- Where each party stands with an alert: new, acknowledged or closed, who moved it there and when. One row per alert
-- and party (each party triages for itself); written when the alert is delivered to a subscribed party, or at the
-- party's first step. The version is checked in the same statement as every change.
CREATE TABLE earlywarning_alert_triage (
    alert_id   UUID NOT NULL REFERENCES earlywarning_alert (id) ON DELETE CASCADE,
    party      TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('NEW', 'ACKNOWLEDGED', 'CLOSED')),
    changed_by TEXT,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered  BOOLEAN NOT NULL DEFAULT FALSE,
    version    BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (alert_id, party)
);

CREATE INDEX earlywarning_alert_triage_new_idx ON earlywarning_alert_triage (party, changed_at) WHERE state = 'NEW';
