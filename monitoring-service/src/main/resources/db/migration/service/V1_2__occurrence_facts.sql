-- Due dates of adopted roadmaps that came due: done on time, done late, overdue or cancelled.
CREATE TABLE occurrence_fact (
    action_id        VARCHAR(64) NOT NULL,
    due_date         DATE        NOT NULL,
    roadmap_id       VARCHAR(64) NOT NULL,
    school_id        VARCHAR(64) NOT NULL,
    municipality_id  VARCHAR(64) NOT NULL,
    state            VARCHAR(20) NOT NULL,
    PRIMARY KEY (action_id, due_date)
);
CREATE INDEX ix_occurrence_fact_municipality ON occurrence_fact (municipality_id, school_id);
