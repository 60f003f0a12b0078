-- Execution of an adopted roadmap: every due date of every action, and what became of it.
CREATE TABLE roadmap_occurrence_view (
    roadmap_id       VARCHAR(64)   NOT NULL,
    action_id        VARCHAR(64)   NOT NULL,
    due_date         DATE          NOT NULL,
    school_id        VARCHAR(64)   NOT NULL,
    municipality_id  VARCHAR(64)   NOT NULL,
    action_number    VARCHAR(20)   NOT NULL,
    action_title     VARCHAR(1000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    evidence_kind    VARCHAR(200),
    evidence_number  VARCHAR(100),
    evidence_date    DATE,
    evidence_link    VARCHAR(1000),
    cancel_reason    VARCHAR(1000),
    PRIMARY KEY (action_id, due_date)
);
CREATE INDEX ix_occurrence_roadmap ON roadmap_occurrence_view (roadmap_id, due_date);
CREATE INDEX ix_occurrence_school ON roadmap_occurrence_view (school_id, status, due_date);
CREATE INDEX ix_occurrence_municipality ON roadmap_occurrence_view (municipality_id, status, due_date);
CREATE INDEX ix_occurrence_pending ON roadmap_occurrence_view (status, due_date);
