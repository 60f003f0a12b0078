-- Readings of documents and departments' batches, as their pages show them: any instance of the service answers
-- for a job another instance runs. A reading waits here for the person to correct it (nothing of it is a roadmap
-- yet) and is deleted an hour after it finished.
CREATE TABLE document_import_job (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(64)  NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    view         JSONB        NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ
);
CREATE INDEX ix_document_import_job_finished ON document_import_job (finished_at);
