-- Training: courses, countries' requests for seats, the allocation with its reasons, nominations.

CREATE TABLE training_course (
    id                   UUID PRIMARY KEY,
    owner_party          TEXT NOT NULL,              -- the organising party, whose users run the course
    provider             TEXT NOT NULL,              -- the academy, university or college (a registry party)
    topic                TEXT NOT NULL,
    priority_areas       TEXT[] NOT NULL DEFAULT '{}',
    starts_on            DATE NOT NULL,
    ends_on              DATE NOT NULL CHECK (ends_on >= starts_on),
    language             TEXT NOT NULL,
    modality             TEXT NOT NULL CHECK (modality IN ('IN_PERSON', 'ONLINE', 'BLENDED')),
    seats                INT NOT NULL CHECK (seats > 0),
    cap_per_country      INT NOT NULL CHECK (cap_per_country > 0),
    eligibility_rule     TEXT NOT NULL,
    eligibility_codes    TEXT[] NOT NULL DEFAULT '{}',
    nomination_deadline  DATE NOT NULL,
    pledge_id            UUID,                       -- the commitment its completions count toward
    allocated_at         TIMESTAMPTZ,
    demo                 BOOLEAN NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    version              BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE training_demand (
    course_id  UUID NOT NULL REFERENCES training_course (id),
    party      TEXT NOT NULL,
    requested  INT NOT NULL CHECK (requested >= 0),
    PRIMARY KEY (course_id, party)
);

CREATE TABLE training_share (
    course_id  UUID NOT NULL REFERENCES training_course (id),
    party      TEXT NOT NULL,
    requested  INT NOT NULL,
    seats      INT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (course_id, party)
);

CREATE TABLE training_nomination (
    id                UUID PRIMARY KEY,
    course_id         UUID NOT NULL REFERENCES training_course (id),
    party             TEXT NOT NULL,                -- the nominating country
    trainee_name      TEXT NOT NULL,                -- personal data: nominating party, provider, secretariat
    trainee_function  TEXT NOT NULL DEFAULT '',
    trainee_contact   TEXT NOT NULL DEFAULT '',
    trainee_language  TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL,
    days_attended     INT NOT NULL DEFAULT 0,
    completed_on      DATE,
    certificate_code  TEXT UNIQUE,
    anonymised        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX training_nomination_course_idx ON training_nomination (course_id, party);
