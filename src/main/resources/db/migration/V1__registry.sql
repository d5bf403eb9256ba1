-- Registry: parties (states, territories, organisations, forums, institutions, NGOs), regions, memberships.

CREATE TABLE registry_region (
    code        TEXT PRIMARY KEY,           -- M49 code of a region, sub-region or intermediate region
    level       TEXT NOT NULL CHECK (level IN ('region', 'sub-region', 'intermediate-region')),
    parent_code TEXT REFERENCES registry_region (code),
    names       JSONB NOT NULL              -- {"en": "...", "fr": "...", "es", "ru", "ar", "zh"}
);

CREATE TABLE registry_party (
    code               TEXT PRIMARY KEY,    -- ISO alpha-3 for countries and areas, a slug for the others
    kind               TEXT NOT NULL CHECK (kind IN ('state', 'territory', 'organisation', 'forum', 'institution', 'ngo')),
    names              JSONB NOT NULL,
    short_name         TEXT,
    m49                TEXT UNIQUE,
    iso2               TEXT UNIQUE,
    iso3               TEXT UNIQUE,
    region_code        TEXT REFERENCES registry_region (code),
    subregion_code     TEXT REFERENCES registry_region (code),
    intermediate_code  TEXT REFERENCES registry_region (code),
    ldc                BOOLEAN NOT NULL DEFAULT FALSE,
    lldc               BOOLEAN NOT NULL DEFAULT FALSE,
    sids               BOOLEAN NOT NULL DEFAULT FALSE,
    un_status          TEXT CHECK (un_status IN ('member', 'observer')),
    parent_code        TEXT REFERENCES registry_party (code),
    mechanism_kind     TEXT,                -- IV.1 .. IV.5 for organisations and forums that are mechanisms
    description        TEXT,
    website            TEXT,
    demo               BOOLEAN NOT NULL DEFAULT FALSE,
    search_text        TEXT NOT NULL,       -- lower-cased names in all languages and codes
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    version            BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX registry_party_kind_idx ON registry_party (kind);
CREATE INDEX registry_party_region_idx ON registry_party (region_code);

-- Every change of a membership is a row; the current state of a membership is its latest row.
CREATE TABLE registry_membership (
    id              BIGSERIAL PRIMARY KEY,
    mechanism_code  TEXT NOT NULL REFERENCES registry_party (code),
    member_code     TEXT NOT NULL REFERENCES registry_party (code),
    status          TEXT NOT NULL CHECK (status IN ('member', 'observer', 'observer_state', 'partner', 'associate_member',
                        'dialogue_partner', 'member_suspended', 'invited_not_confirmed', 'core', 'greater_horn',
                        'withdrawn', 'ended')),
    effective_from  DATE,                   -- first day of the period named by effective_text
    effective_text  TEXT,                   -- as the source gives it: 2021, 2023-08, 2021-09-10
    as_of           DATE,
    source          TEXT NOT NULL,
    note            TEXT,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by     TEXT NOT NULL
);

CREATE INDEX registry_membership_mechanism_idx ON registry_membership (mechanism_code, member_code);
CREATE INDEX registry_membership_member_idx ON registry_membership (member_code);

-- Contact points a party publishes for others; the owner party chooses who may read each one.
CREATE TABLE registry_contact (
    id           UUID PRIMARY KEY,
    owner_party  TEXT NOT NULL REFERENCES registry_party (code),
    visibility   TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'PARTICIPANTS', 'OWNER')),
    participants TEXT[] NOT NULL DEFAULT '{}',
    office       TEXT NOT NULL,
    person       TEXT,
    email        TEXT,
    phone        TEXT,
    address      TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    version      BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX registry_contact_owner_idx ON registry_contact (owner_party);
