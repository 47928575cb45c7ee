-- The first answer to a request sent with an Idempotency-Key, kept for 24 hours per authority and user (issue 22), in
-- the same transaction as the change it answered, so a client that retries gets it again instead of a second change.
CREATE TABLE idempotent_request (
    authority       VARCHAR(36)  NOT NULL,
    username        VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    -- SHA-256 of the request's method, path and body: the same key with another request is refused.
    fingerprint     VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(1000),
    etag            VARCHAR(200),
    body            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT one_answer_per_key PRIMARY KEY (authority, username, idempotency_key)
);
CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);
