-- Idempotency keys for signed-in people as well as tokens (issue 11): a phone on a
-- flaky connection may send "save" twice, and the second must not register twice.
-- A key belongs to a token or to a person, never both. The table is rebuilt because
-- SQLite cannot relax NOT NULL or change a primary key in place; the text bounds of
-- migration 0009's triggers become CHECKs (the triggers go with the old table).
CREATE TABLE idempotency_key_new (
    token_id      INTEGER REFERENCES api_token (id),
    user_id       INTEGER REFERENCES app_user (id),
    key           TEXT    NOT NULL CHECK (length(key) <= 255),
    method        TEXT    NOT NULL CHECK (length(method) <= 16),
    path          TEXT    NOT NULL CHECK (length(path) <= 8192),
    request_json  TEXT    NOT NULL CHECK (length(request_json) <= 67108864),
    status        INTEGER,            -- NULL while the first request is still running
    response_headers TEXT CHECK (length(response_headers) <= 65536),
    response_body BLOB,
    created_at    TEXT    NOT NULL CHECK (length(created_at) <= 64),
    CHECK ((token_id IS NULL) <> (user_id IS NULL))
) STRICT;
INSERT INTO idempotency_key_new (token_id, key, method, path, request_json, status, response_headers, response_body, created_at)
    SELECT token_id, key, method, path, request_json, status, response_headers, response_body, created_at FROM idempotency_key;
DROP TABLE idempotency_key;
ALTER TABLE idempotency_key_new RENAME TO idempotency_key;
CREATE UNIQUE INDEX idempotency_key_of_token ON idempotency_key (token_id, key) WHERE token_id IS NOT NULL;
CREATE UNIQUE INDEX idempotency_key_of_person ON idempotency_key (user_id, key) WHERE user_id IS NOT NULL;
