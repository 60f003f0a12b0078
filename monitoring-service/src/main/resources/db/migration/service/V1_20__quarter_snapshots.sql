-- Quarterly snapshots and their bottom-up approval (the QuarterApproval aggregate's read model). Figures only:
-- counts, sums and shares per indicator, never a person.

-- One unit's quarter: a school's frozen when the quarter closed, a municipality's or the region's when approved.
CREATE TABLE quarter_snapshot (
    snapshot_id      VARCHAR(200) NOT NULL PRIMARY KEY,
    level            VARCHAR(12)  NOT NULL CHECK (level IN ('SCHOOL', 'MUNICIPALITY', 'REGION')),
    unit_id          VARCHAR(64)  NOT NULL,
    municipality_id  VARCHAR(64),
    region_id        VARCHAR(64),
    quarter          VARCHAR(7)   NOT NULL,
    version          INTEGER      NOT NULL CHECK (version > 0),
    approved_version INTEGER,
    approved_on      DATE,
    approved_by_role VARCHAR(40),
    UNIQUE (level, unit_id, quarter)
);
CREATE INDEX ix_quarter_snapshot_municipality ON quarter_snapshot (quarter, municipality_id);
CREATE INDEX ix_quarter_snapshot_region ON quarter_snapshot (quarter, region_id);

-- Every version of a snapshot: the frozen or approved figures, then each restatement with the previous values and
-- the differences. Versions are only ever added.
CREATE TABLE quarter_snapshot_version (
    snapshot_id      VARCHAR(200) NOT NULL REFERENCES quarter_snapshot (snapshot_id),
    version          INTEGER      NOT NULL CHECK (version > 0),
    kind             VARCHAR(12)  NOT NULL CHECK (kind IN ('FROZEN', 'APPROVED', 'RESTATED')),
    recorded_on      DATE         NOT NULL,
    figures          JSONB        NOT NULL,
    changes          JSONB,
    recorded_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (snapshot_id, version)
);

-- Never a silent change: the database itself refuses to rewrite a version.
CREATE FUNCTION quarter_snapshot_version_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'quarter_snapshot_version is append-only: a restatement adds a version';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER quarter_snapshot_version_append_only BEFORE UPDATE OR DELETE ON quarter_snapshot_version
    FOR EACH ROW EXECUTE FUNCTION quarter_snapshot_version_is_append_only();
