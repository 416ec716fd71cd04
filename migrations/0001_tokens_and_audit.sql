-- API tokens: only the SHA-256 of a token is stored; the token itself is shown once.
CREATE TABLE api_token (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'staff', 'municipality', 'viewer')),
    municipality  TEXT,
    token_hash    BLOB    NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at    TEXT    NOT NULL,
    last_used_at  TEXT,
    revoked_at    TEXT,
    -- A municipality token always names its municipality; other roles never do.
    CHECK ((role = 'municipality') = (municipality IS NOT NULL))
) STRICT;

-- Every write made through the API: who, what, when, before and after (JSON).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    token_id    INTEGER REFERENCES api_token (id),
    token_name  TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    request_id  TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

-- Idempotency-Key records (per token), kept 24 hours: the first response is replayed.
CREATE TABLE idempotency_key (
    token_id      INTEGER NOT NULL REFERENCES api_token (id),
    key           TEXT    NOT NULL,
    method        TEXT    NOT NULL,
    path          TEXT    NOT NULL,
    request_json  TEXT    NOT NULL,
    status        INTEGER,            -- NULL while the first request is still running
    response_headers TEXT,
    response_body BLOB,
    created_at    TEXT    NOT NULL,
    PRIMARY KEY (token_id, key)
) STRICT;

-- One row once the demo data is loaded, so that `make run` loads it only into a new database.
CREATE TABLE demo_marker (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    loaded_at TEXT NOT NULL
) STRICT;
