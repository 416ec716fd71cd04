-- The roles are checked in one place, the server (issue 21): `Role` and its entry in the
-- role table (Sources/Catalogus/Auth/Permission.swift). The role lists of the CHECKs of
-- api_token and app_user go, so that a new role is an entry in that table and never
-- again a rebuild of both tables (as 0007 had to). The server writes only roles it
-- knows and refuses a stored role it does not know. The municipality CHECK stays: it
-- names only the municipality role, which a new role leaves alone.
-- SQLite cannot drop a CHECK, so this is the last rebuild; the migrator runs it with
-- foreign keys off and checks them afterwards. Dropping a table drops its triggers:
-- 0009's length triggers of api_token are made again below, word for word.
CREATE TABLE api_token_new (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role          TEXT    NOT NULL CHECK (length(role) BETWEEN 1 AND 64),
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

CREATE TRIGGER api_token_text_length_insert BEFORE INSERT ON api_token
WHEN length(NEW.municipality) > 64
    OR length(NEW.created_at) > 64
    OR length(NEW.last_used_at) > 64
    OR length(NEW.revoked_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of api_token is longer than its column allows');
END;

CREATE TRIGGER api_token_text_length_update BEFORE UPDATE ON api_token
WHEN length(NEW.municipality) > 64
    OR length(NEW.created_at) > 64
    OR length(NEW.last_used_at) > 64
    OR length(NEW.revoked_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of api_token is longer than its column allows');
END;

CREATE TABLE app_user_new (
    id              INTEGER PRIMARY KEY,
    -- Unique without regard to case; the server stores it trimmed and lower-cased.
    email           TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    name            TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role            TEXT    NOT NULL CHECK (length(role) BETWEEN 1 AND 64),
    municipality    TEXT    REFERENCES municipality (slug),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    -- "scrypt$N$r$p$salt$hash" (base64); NULL until the person has set a password.
    password_hash   TEXT    CHECK (length(password_hash) <= 300),
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL CHECK (length(created_at) <= 64),
    updated_at      TEXT    NOT NULL CHECK (length(updated_at) <= 64),
    last_sign_in_at TEXT    CHECK (length(last_sign_in_at) <= 64),
    -- A municipality account always names its municipality; other roles never do.
    CHECK ((role = 'municipality') = (municipality IS NOT NULL))
) STRICT;
INSERT INTO app_user_new (id, email, name, role, municipality, active, password_hash, version, created_at, updated_at, last_sign_in_at)
    SELECT id, email, name, role, municipality, active, password_hash, version, created_at, updated_at, last_sign_in_at FROM app_user;
DROP TABLE app_user;
ALTER TABLE app_user_new RENAME TO app_user;
