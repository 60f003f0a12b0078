-- Who mentors whom, from pairing's events: a mentor may read the names of their own mentees, nobody else's.
CREATE TABLE mentorship (
    pair_id          VARCHAR(64) NOT NULL,
    mentor_id        VARCHAR(64) NOT NULL,
    mentee_id        VARCHAR(64) NOT NULL,
    active           BOOLEAN     NOT NULL,
    PRIMARY KEY (pair_id, mentee_id)
);
CREATE INDEX ix_mentorship_mentor ON mentorship (mentor_id) WHERE active;
