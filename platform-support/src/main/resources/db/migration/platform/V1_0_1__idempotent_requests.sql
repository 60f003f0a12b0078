-- The answers to creates sent with an Idempotency-Key (see IdempotentRequests): a retry gets the first answer.
-- Bodies of creates carry ids only, never a person's data; rows live a day.
CREATE TABLE idempotent_request (
    caller           VARCHAR(100) NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    fingerprint      VARCHAR(64)  NOT NULL,
    status           INTEGER,
    content_type     VARCHAR(200),
    location         VARCHAR(500),
    etag             VARCHAR(100),
    body             BYTEA,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
