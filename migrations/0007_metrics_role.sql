-- A `metrics` role for Prometheus scrapers: it may read /metrics and nothing else
-- (issue 10). The role's CHECK lives in the table definition, so the table is rebuilt
-- (the migrator runs this with foreign keys off and checks them afterwards).
CREATE TABLE api_token_new (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'staff', 'municipality', 'viewer', 'metrics')),
    municipality  TEXT,
    token_hash    BLOB    NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at    TEXT    NOT NULL,
    last_used_at  TEXT,
    revoked_at    TEXT,
    -- A municipality token always names its municipality; other roles never do.
    CHECK ((role = 'municipality') = (municipality IS NOT NULL))
) STRICT;
INSERT INTO api_token_new (id, name, role, municipality, token_hash, created_at, last_used_at, revoked_at)
    SELECT id, name, role, municipality, token_hash, created_at, last_used_at, revoked_at FROM api_token;
DROP TABLE api_token;
ALTER TABLE api_token_new RENAME TO api_token;
