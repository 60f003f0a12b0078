-- Read model of pairing-service. Participants appear by pseudonymous registry ids only.
CREATE TABLE pair_view (
    id               VARCHAR(64) NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64) NOT NULL,
    municipality_id  VARCHAR(64) NOT NULL,
    mentor_id        VARCHAR(64) NOT NULL,
    mentee_id        VARCHAR(64) NOT NULL,
    form             VARCHAR(40) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    proposed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_pair_view_school ON pair_view (school_id, proposed_at DESC);
