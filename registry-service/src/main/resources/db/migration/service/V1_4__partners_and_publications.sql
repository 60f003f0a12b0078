-- Partner organisations of a school and their agreements (соглашения); organisations, not people: in clear.
CREATE TABLE partner_view (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64)   NOT NULL,
    municipality_id  VARCHAR(64)   NOT NULL,
    name             VARCHAR(300)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    inn              VARCHAR(12)   NOT NULL DEFAULT '',
    contacts         VARCHAR(300)  NOT NULL DEFAULT '',
    registered_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_partner_school ON partner_view (school_id);
CREATE INDEX ix_partner_municipality ON partner_view (municipality_id);

CREATE TABLE partner_agreement_view (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    partner_id   VARCHAR(64)   NOT NULL REFERENCES partner_view (id),
    number       VARCHAR(100)  NOT NULL,
    signed_on    DATE          NOT NULL,
    valid_until  DATE,
    subject      VARCHAR(1000) NOT NULL DEFAULT ''
);
CREATE INDEX ix_partner_agreement_partner ON partner_agreement_view (partner_id);

-- a partner's employee who mentors
ALTER TABLE participant_view ADD COLUMN partner_id VARCHAR(64);
CREATE INDEX ix_participant_partner ON participant_view (partner_id);

-- The bank of effective practices and the base of mentoring programmes, open to the whole municipality.
CREATE TABLE publication_view (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    kind             VARCHAR(20)   NOT NULL,
    school_id        VARCHAR(64),
    municipality_id  VARCHAR(64)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    form             VARCHAR(60)   NOT NULL,
    summary          VARCHAR(4000) NOT NULL,
    results          VARCHAR(2000) NOT NULL DEFAULT '',
    link             VARCHAR(1000) NOT NULL DEFAULT '',
    period           VARCHAR(20)   NOT NULL DEFAULT '',
    status           VARCHAR(20)   NOT NULL,
    published_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX ix_publication_municipality ON publication_view (municipality_id, kind, status);
