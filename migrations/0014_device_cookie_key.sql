-- The key of the device cookies (issue 20): a browser that signed in to an account
-- carries a cookie signed with it (HMAC-SHA256), and is spared the lock that failed
-- sign-ins from unknown clients put on the account. Random per database, made here so
-- that a backup keeps it (restored, the browsers stay known); never a constant in the
-- code. Replacing it makes every browser unknown again, nothing worse.
CREATE TABLE device_cookie_key (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB    NOT NULL CHECK (length(secret) = 32)
) STRICT;
INSERT INTO device_cookie_key (id, secret) VALUES (1, randomblob(32));
