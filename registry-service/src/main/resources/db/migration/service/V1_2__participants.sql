-- One key per person. Personal fields in the event store are sealed with it; withdrawing consent deletes the
-- key, so those copies can never be read again (crypto-shredding).
CREATE TABLE person_key (
    person_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    key_bytes   BYTEA        NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL DEFAULT now()
);

-- The school's bases of mentors and mentees. Personal columns are emptied when consent is withdrawn; the row
-- stays with its role, category and bands, which is all the counts need.
CREATE TABLE participant_view (
    id                   VARCHAR(64)   NOT NULL PRIMARY KEY,
    school_id            VARCHAR(64)   NOT NULL,
    municipality_id      VARCHAR(64)   NOT NULL,
    role                 VARCHAR(20)   NOT NULL,
    category             VARCHAR(30)   NOT NULL,
    age_band             VARCHAR(10)   NOT NULL,
    grade                INTEGER,
    experience_band      VARCHAR(10),
    status               VARCHAR(20)   NOT NULL,
    full_name            VARCHAR(300),
    birth_date           DATE,
    contacts             VARCHAR(300),
    fingerprint          VARCHAR(64),
    consent_signed_by    VARCHAR(20),
    consent_signer_name  VARCHAR(300),
    consent_date         DATE,
    consent_scopes       VARCHAR(200),
    requests             VARCHAR(500)  NOT NULL DEFAULT '',
    request_note         VARCHAR(2000),
    competencies         VARCHAR(1000),
    preferred_forms      VARCHAR(300)  NOT NULL DEFAULT '',
    capacity             INTEGER,
    selection            VARCHAR(20),
    selection_reason     VARCHAR(1000),
    enrolled_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    withdrawn_on         DATE,
    version              BIGINT        NOT NULL
);
CREATE INDEX ix_participant_school ON participant_view (school_id, role, status);
CREATE INDEX ix_participant_municipality ON participant_view (municipality_id);
-- the same person entered twice (a re-import) is found by the fingerprint of name and birth date
CREATE UNIQUE INDEX ux_participant_fingerprint ON participant_view (school_id, fingerprint);

CREATE TABLE mentor_training_view (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    participant_id      VARCHAR(64)   NOT NULL REFERENCES participant_view (id),
    course              VARCHAR(500)  NOT NULL,
    hours               INTEGER       NOT NULL,
    certificate_number  VARCHAR(100),
    certificate_date    DATE          NOT NULL
);
CREATE INDEX ix_mentor_training_participant ON mentor_training_view (participant_id);
