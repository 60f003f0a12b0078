-- Read model of roadmap-service. Rebuildable from the event store at any time.
CREATE TABLE roadmap_view (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64)  NOT NULL,
    municipality_id  VARCHAR(64)  NOT NULL,
    title            VARCHAR(300) NOT NULL,
    school_year      VARCHAR(9)   NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    action_count     INTEGER      NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_roadmap_view_school ON roadmap_view (school_id);
CREATE INDEX ix_roadmap_view_municipality ON roadmap_view (municipality_id);

CREATE TABLE roadmap_action_view (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    roadmap_id   VARCHAR(64)   NOT NULL REFERENCES roadmap_view (id),
    section      VARCHAR(300)  NOT NULL,
    number       VARCHAR(20)   NOT NULL,
    title        VARCHAR(1000) NOT NULL,
    deadline     VARCHAR(300)  NOT NULL,
    responsible  VARCHAR(500)  NOT NULL,
    result       VARCHAR(1000) NOT NULL,
    position     INTEGER       NOT NULL
);
CREATE INDEX ix_roadmap_action_view_roadmap ON roadmap_action_view (roadmap_id, position);
