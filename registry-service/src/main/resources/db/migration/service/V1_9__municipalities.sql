-- The names of municipalities (муниципальные образования) that pages show instead of their codes. Reference data a
-- region's administrator keeps; schools refer to a municipality by its code.
CREATE TABLE municipality (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    region_id   VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL
);
CREATE INDEX ix_municipality_region ON municipality (region_id);
