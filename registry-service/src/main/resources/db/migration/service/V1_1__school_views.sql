-- Read model of registry-service: schools and their quarterly headcounts (denominators of indicators).
CREATE TABLE school_view (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    municipality_id  VARCHAR(64)  NOT NULL,
    region_id        VARCHAR(64)  NOT NULL,
    name             VARCHAR(300) NOT NULL,
    kind             VARCHAR(20)  NOT NULL
);
CREATE INDEX ix_school_view_municipality ON school_view (municipality_id);
CREATE INDEX ix_school_view_region ON school_view (region_id);

CREATE TABLE headcount_view (
    school_id        VARCHAR(64) NOT NULL REFERENCES school_view (id),
    quarter          VARCHAR(7)  NOT NULL,
    pupils_10_14     INTEGER     NOT NULL,
    pupils_15_18     INTEGER     NOT NULL,
    teachers_0_3     INTEGER     NOT NULL,
    teachers_over_3  INTEGER     NOT NULL,
    PRIMARY KEY (school_id, quarter)
);
