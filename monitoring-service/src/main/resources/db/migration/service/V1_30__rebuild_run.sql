-- Rebuilds of the read models fed from the topics (ru.nastavnik.monitoring.rebuild): their progress lives here, so a
-- page refresh, another instance or a restart sees it. Who started one is kept as a role, never as a person.
CREATE TABLE rebuild_run (
    id                   UUID         NOT NULL PRIMARY KEY,
    state                VARCHAR(10)  NOT NULL CHECK (state IN ('RUNNING', 'FINISHED', 'FAILED')),
    requested_by_role    VARCHAR(40)  NOT NULL,
    events_total         BIGINT,
    events_read          BIGINT       NOT NULL DEFAULT 0,
    events_skipped       BIGINT       NOT NULL DEFAULT 0,
    started_at           TIMESTAMPTZ  NOT NULL,
    reading_started_at   TIMESTAMPTZ,
    reading_finished_at  TIMESTAMPTZ,
    finished_at          TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ  NOT NULL,
    failure              VARCHAR(500)
);
-- one rebuild at a time, by the database itself: a second start meets this index and is answered 409
CREATE UNIQUE INDEX ux_rebuild_run_one_running ON rebuild_run ((true)) WHERE state = 'RUNNING';
CREATE INDEX ix_rebuild_run_started ON rebuild_run (started_at DESC);
