-- Axon Framework 4 JPA event store, token store and dead letters, owned by Flyway.
-- Payloads are bytea (not oid large objects); the global index sequence has increment 1.

CREATE SEQUENCE domain_event_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE domain_event_entry (
    global_index          BIGINT       NOT NULL PRIMARY KEY,
    aggregate_identifier  VARCHAR(255) NOT NULL,
    sequence_number       BIGINT       NOT NULL,
    type                  VARCHAR(255),
    event_identifier      VARCHAR(255) NOT NULL,
    meta_data             BYTEA,
    payload               BYTEA        NOT NULL,
    payload_revision      VARCHAR(255),
    payload_type          VARCHAR(255) NOT NULL,
    time_stamp            VARCHAR(255) NOT NULL,
    CONSTRAINT uk_domain_event_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT uk_domain_event_identifier UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier  VARCHAR(255) NOT NULL,
    sequence_number       BIGINT       NOT NULL,
    type                  VARCHAR(255) NOT NULL,
    event_identifier      VARCHAR(255) NOT NULL,
    meta_data             BYTEA,
    payload               BYTEA        NOT NULL,
    payload_revision      VARCHAR(255),
    payload_type          VARCHAR(255) NOT NULL,
    time_stamp            VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number, type),
    CONSTRAINT uk_snapshot_event_identifier UNIQUE (event_identifier)
);

CREATE TABLE token_entry (
    processor_name  VARCHAR(255) NOT NULL,
    segment         INTEGER      NOT NULL,
    owner           VARCHAR(255),
    timestamp       VARCHAR(255) NOT NULL,
    token           BYTEA,
    token_type      VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE dead_letter_entry (
    dead_letter_id        VARCHAR(255) NOT NULL PRIMARY KEY,
    cause_message         VARCHAR(1023),
    cause_type            VARCHAR(255),
    diagnostics           BYTEA,
    enqueued_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_touched          TIMESTAMP(6) WITH TIME ZONE,
    aggregate_identifier  VARCHAR(255),
    event_identifier      VARCHAR(255) NOT NULL,
    message_type          VARCHAR(255) NOT NULL,
    meta_data             BYTEA,
    payload               BYTEA        NOT NULL,
    payload_revision      VARCHAR(255),
    payload_type          VARCHAR(255) NOT NULL,
    sequence_number       BIGINT,
    time_stamp            VARCHAR(255) NOT NULL,
    token                 BYTEA,
    token_type            VARCHAR(255),
    type                  VARCHAR(255),
    processing_group      VARCHAR(255) NOT NULL,
    processing_started    TIMESTAMP(6) WITH TIME ZONE,
    sequence_identifier   VARCHAR(255) NOT NULL,
    sequence_index        BIGINT       NOT NULL,
    CONSTRAINT uk_dead_letter_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE INDEX ix_dead_letter_group ON dead_letter_entry (processing_group);
CREATE INDEX ix_dead_letter_group_sequence ON dead_letter_entry (processing_group, sequence_identifier);

-- Consumers of Kafka remember what they processed, in the same transaction as their read model.
CREATE TABLE processed_event (
    consumer      VARCHAR(100) NOT NULL,
    event_id      VARCHAR(255) NOT NULL,
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Sagas are not used yet, but Axon's JPA configuration maps these entities; the schema is validated.
CREATE TABLE saga_entry (
    saga_id          VARCHAR(255) NOT NULL PRIMARY KEY,
    revision         VARCHAR(255),
    saga_type        VARCHAR(255),
    serialized_saga  BYTEA
);

CREATE SEQUENCE association_value_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE association_value_entry (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    association_key    VARCHAR(255) NOT NULL,
    association_value  VARCHAR(255),
    saga_id            VARCHAR(255) NOT NULL,
    saga_type          VARCHAR(255)
);

CREATE INDEX ix_association_saga_key_value ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX ix_association_saga_id_type ON association_value_entry (saga_id, saga_type);
