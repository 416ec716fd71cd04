-- People's accounts beside the programs' tokens (issue 11): an account signs in with
-- an e-mail address and a password and then holds a session cookie. Nothing secret is
-- stored in clear: the password as a scrypt hash with its own salt, invitation codes
-- and session ids as SHA-256 digests.
CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    -- Unique without regard to case; the server stores it trimmed and lower-cased.
    email           TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    name            TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role            TEXT    NOT NULL CHECK (role IN ('admin', 'staff', 'municipality', 'viewer')),
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

-- One-time links (/welcome#code=…) to set a password: 72 hours, single use. A new link
-- for a user makes the older ones unusable (the service deletes them).
CREATE TABLE user_invitation (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES app_user (id),
    code_hash  BLOB    NOT NULL UNIQUE CHECK (length(code_hash) = 32),
    created_at TEXT    NOT NULL CHECK (length(created_at) <= 64),
    expires_at TEXT    NOT NULL CHECK (length(expires_at) <= 64),
    used_at    TEXT    CHECK (length(used_at) <= 64)
) STRICT;
CREATE INDEX user_invitation_user ON user_invitation (user_id);

-- Signed-in sessions. The cookie holds 256 random bits; only their SHA-256 is kept.
CREATE TABLE user_session (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES app_user (id),
    secret_hash  BLOB    NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
    created_at   TEXT    NOT NULL CHECK (length(created_at) <= 64),
    last_seen_at TEXT    NOT NULL CHECK (length(last_seen_at) <= 64),
    -- created_at + 7 days: the absolute limit, however active the session is.
    expires_at   TEXT    NOT NULL CHECK (length(expires_at) <= 64),
    user_agent   TEXT    CHECK (length(user_agent) <= 300)
) STRICT;
CREATE INDEX user_session_user ON user_session (user_id);

-- Who did it, for changes made by a signed-in person (token_id stays for tokens).
ALTER TABLE audit_log ADD COLUMN user_id INTEGER REFERENCES app_user (id);
ALTER TABLE order_history ADD COLUMN user_id INTEGER REFERENCES app_user (id);
