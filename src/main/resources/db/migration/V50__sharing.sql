-- Information sharing: STIX 2.1 objects as sent (every version), sharing groups chosen by their owner, the
-- recipients a sender or a recipient named later, links to situations and projects, TAXII status resources.

CREATE TABLE sharing_group (
    id              UUID PRIMARY KEY,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    owner_party     TEXT NOT NULL,
    members_visible BOOLEAN NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         BIGINT NOT NULL DEFAULT 0,
    demo            BOOLEAN NOT NULL DEFAULT false
);

-- The owner party is a member too.
CREATE TABLE sharing_group_member (
    group_id UUID NOT NULL REFERENCES sharing_group (id) ON DELETE CASCADE,
    party    TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, party)
);

CREATE INDEX sharing_group_member_party_idx ON sharing_group_member (party);

-- One row per stored version of an object. date_added is unique and grows with every row (it is assigned under
-- an advisory lock held until commit), so paging by added_after never skips or repeats an object.
-- version: modified, else created, else date_added (TAXII 2.1). tlp: the strictest TLP among the object's
-- markings and granular markings, NONE when it has none. recipients: for TLP:RED, the members of the target
-- group when it was sent. target_group NULL: the sender's own collection. created_by_ref: the object's own, or the
-- sender's identity when it names none. has_other_versions: another row has the same id (set when one is added, not
-- cleared on deletion), so the only version of an object is known to be its first and last without a lookup.
CREATE TABLE sharing_object (
    date_added     TIMESTAMPTZ PRIMARY KEY,
    stix_id        TEXT NOT NULL,
    stix_type      TEXT NOT NULL,
    spec_version   TEXT NOT NULL,
    version        TIMESTAMPTZ NOT NULL,
    version_text   TEXT NOT NULL,
    sender_party   TEXT NOT NULL,
    sent_by        TEXT NOT NULL,
    target_group   UUID,
    tlp            TEXT NOT NULL,
    recipients     TEXT[] NOT NULL DEFAULT '{}',
    markings       TEXT[] NOT NULL DEFAULT '{}',
    refs           TEXT[] NOT NULL DEFAULT '{}',
    created_by_ref TEXT NOT NULL,
    name           TEXT NOT NULL DEFAULT '',
    raw            TEXT NOT NULL,
    has_other_versions BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT sharing_object_tlp_chk CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED', 'NONE'))
);

CREATE UNIQUE INDEX sharing_object_version_idx ON sharing_object (stix_id, version, sender_party);
CREATE INDEX sharing_object_group_idx ON sharing_object (target_group, date_added) WHERE target_group IS NOT NULL;
CREATE INDEX sharing_object_sender_idx ON sharing_object (sender_party, date_added);
-- refs: the ids the object refers to (relationship ends, object_refs, sighting refs...), for the graph of an object.
CREATE INDEX sharing_object_refs_idx ON sharing_object USING gin (refs);

-- Parties that may read an object beyond its target: NAMED by the sender (any marking), INFORMED by a recipient
-- of a TLP:AMBER object (its need-to-know).
CREATE TABLE sharing_grant (
    stix_id      TEXT NOT NULL,
    sender_party TEXT NOT NULL,
    party        TEXT NOT NULL,
    granted_by   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    granted_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (stix_id, sender_party, party, granted_by),
    CONSTRAINT sharing_grant_kind_chk CHECK (kind IN ('NAMED', 'INFORMED'))
);

CREATE INDEX sharing_grant_party_idx ON sharing_grant (party);

CREATE TABLE sharing_link (
    id              UUID PRIMARY KEY,
    stix_id         TEXT NOT NULL,
    sender_party    TEXT NOT NULL,
    target_kind     TEXT NOT NULL,
    target_id       UUID NOT NULL,
    linked_by_party TEXT NOT NULL,
    linked_by       TEXT NOT NULL,
    linked_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT sharing_link_kind_chk CHECK (target_kind IN ('SITUATION', 'PROJECT')),
    CONSTRAINT sharing_link_once UNIQUE (stix_id, sender_party, target_kind, target_id, linked_by_party)
);

CREATE INDEX sharing_link_target_idx ON sharing_link (target_kind, target_id);

-- Parties that have sent objects: their collections are listed to logged-in callers, and to anonymous ones once
-- they hold a TLP:CLEAR object.
CREATE TABLE sharing_publisher (
    party     TEXT PRIMARY KEY,
    has_clear BOOLEAN NOT NULL DEFAULT false
);

-- What became of each object of a bundle; read only by the party that sent it. outcomes: one entry per object
-- in the order sent: id, version, accepted, message key and arguments.
CREATE TABLE sharing_status (
    id                UUID PRIMARY KEY,
    party             TEXT NOT NULL,
    sent_by           TEXT NOT NULL,
    collection_id     UUID NOT NULL,
    source            TEXT NOT NULL,
    request_timestamp TIMESTAMPTZ NOT NULL,
    total_count       INTEGER NOT NULL,
    success_count     INTEGER NOT NULL,
    failure_count     INTEGER NOT NULL,
    outcomes          JSONB NOT NULL,
    CONSTRAINT sharing_status_counts_chk CHECK (total_count = success_count + failure_count)
);

CREATE INDEX sharing_status_party_idx ON sharing_status (party, request_timestamp DESC);
