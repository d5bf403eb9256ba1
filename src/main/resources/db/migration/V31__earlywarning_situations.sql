-- Early warning: situations (hotspots and threats), their timeline of developments and the parties' assessments.

CREATE TABLE earlywarning_situation (
    id                UUID PRIMARY KEY,
    title             TEXT NOT NULL,
    summary           TEXT NOT NULL DEFAULT '',
    countries         TEXT[] NOT NULL,
    domains           TEXT[] NOT NULL,
    parties_concerned TEXT[] NOT NULL,
    status            TEXT NOT NULL,
    owner_party       TEXT NOT NULL,
    visibility        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    version           BIGINT NOT NULL DEFAULT 0,
    demo              BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT earlywarning_situation_status_chk
        CHECK (status IN ('MONITORING', 'ESCALATING', 'DE_ESCALATING', 'RESOLVED')),
    CONSTRAINT earlywarning_situation_visibility_chk CHECK (visibility IN ('PUBLIC', 'PARTICIPANTS', 'OWNER'))
);

CREATE INDEX earlywarning_situation_countries_idx ON earlywarning_situation USING gin (countries);

CREATE TABLE earlywarning_development (
    id             UUID PRIMARY KEY,
    situation_id   UUID NOT NULL REFERENCES earlywarning_situation (id) ON DELETE CASCADE,
    occurred_on    DATE NOT NULL,
    text           TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    recorded_party TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX earlywarning_development_situation_idx ON earlywarning_development (situation_id, occurred_on);

CREATE TABLE earlywarning_assessment (
    id           UUID PRIMARY KEY,
    situation_id UUID NOT NULL REFERENCES earlywarning_situation (id) ON DELETE CASCADE,
    owner_party  TEXT NOT NULL,
    author       TEXT NOT NULL,
    visibility   TEXT NOT NULL,
    participants TEXT[] NOT NULL,
    risk_level   TEXT NOT NULL,
    text         TEXT NOT NULL,
    assessed_on  DATE NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    demo         BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT earlywarning_assessment_risk_chk CHECK (risk_level IN ('LOW', 'MODERATE', 'HIGH', 'CRITICAL')),
    CONSTRAINT earlywarning_assessment_visibility_chk CHECK (visibility IN ('PUBLIC', 'PARTICIPANTS', 'OWNER'))
);

CREATE INDEX earlywarning_assessment_situation_idx ON earlywarning_assessment (situation_id, assessed_on DESC);
