-- Imports of a base as their progress page shows them (rows by line number and reason, never a name): any
-- instance of the service answers for an import another instance runs; deleted an hour after it finished.
CREATE TABLE import_job (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(64)  NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    view         JSONB        NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ
);
CREATE INDEX ix_import_job_finished ON import_job (finished_at);
