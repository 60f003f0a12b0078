-- Expired keys are deleted for every caller at once (see IdempotentRequests): the sweep reads by age.
CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at);
