-- Signed webhooks with a transactional outbox (issue 14, part 1).
-- The secret is stored as it was shown (whsec_…): deliveries must sign with it, so a
-- digest would not do. Whoever reads the database file can forge deliveries; the
-- backups are as secret as the file.
CREATE TABLE webhook (
    id            INTEGER PRIMARY KEY,
    url           TEXT    NOT NULL CHECK (length(url) <= 2048),
    events        TEXT    NOT NULL CHECK (length(events) <= 1024),   -- comma-separated event types
    description   TEXT    CHECK (length(description) <= 500),
    municipality  TEXT    REFERENCES municipality (slug),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    secret        TEXT    NOT NULL CHECK (length(secret) <= 128),
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL CHECK (length(created_at) <= 64),
    updated_at    TEXT    NOT NULL CHECK (length(updated_at) <= 64)
) STRICT;

-- The outbox: one row per event, written in the transaction of the change.
CREATE TABLE webhook_event (
    id            INTEGER PRIMARY KEY,
    type          TEXT    NOT NULL CHECK (length(type) <= 64),
    municipality  TEXT    CHECK (length(municipality) <= 64),
    body          TEXT    NOT NULL CHECK (length(body) <= 65536),    -- the exact bytes that are signed and sent
    created_at    TEXT    NOT NULL CHECK (length(created_at) <= 64)
) STRICT;

-- One row per event and hook that listens to it (fanned out in the same transaction).
CREATE TABLE webhook_delivery (
    id               INTEGER PRIMARY KEY,
    webhook_id       INTEGER NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_id         INTEGER NOT NULL REFERENCES webhook_event (id),
    status           TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_status_code INTEGER,
    last_error       TEXT    CHECK (length(last_error) <= 500),
    next_attempt_ms  INTEGER NOT NULL,   -- Unix milliseconds; the worker compares with its clock
    give_up_ms       INTEGER NOT NULL,   -- after it a failed attempt fails the delivery
    created_at       TEXT    NOT NULL CHECK (length(created_at) <= 64)
) STRICT;
CREATE INDEX webhook_delivery_of_hook ON webhook_delivery (webhook_id, id);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (webhook_id, id) WHERE status = 'pending';
CREATE INDEX webhook_delivery_of_event ON webhook_delivery (event_id);
