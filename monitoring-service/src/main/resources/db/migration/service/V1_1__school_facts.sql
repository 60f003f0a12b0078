-- monitoring-service's facts per school, fed from every service's Kafka topic. No personal data.
CREATE TABLE school_fact (
    school_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    municipality_id  VARCHAR(64)  NOT NULL,
    region_id        VARCHAR(64),
    name             VARCHAR(300) NOT NULL
);
CREATE INDEX ix_school_fact_municipality ON school_fact (municipality_id);

CREATE TABLE headcount_fact (
    school_id        VARCHAR(64) NOT NULL,
    municipality_id  VARCHAR(64) NOT NULL,
    quarter          VARCHAR(7)  NOT NULL,
    pupils_10_14     INTEGER     NOT NULL,
    pupils_15_18     INTEGER     NOT NULL,
    teachers_0_3     INTEGER     NOT NULL,
    teachers_over_3  INTEGER     NOT NULL,
    PRIMARY KEY (school_id, quarter)
);

CREATE TABLE roadmap_fact (
    roadmap_id       VARCHAR(64) NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64) NOT NULL,
    municipality_id  VARCHAR(64) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    action_count     INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX ix_roadmap_fact_municipality ON roadmap_fact (municipality_id, school_id);

CREATE TABLE pair_fact (
    pair_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64) NOT NULL,
    municipality_id  VARCHAR(64) NOT NULL,
    form             VARCHAR(40) NOT NULL
);
CREATE INDEX ix_pair_fact_municipality ON pair_fact (municipality_id, school_id);
