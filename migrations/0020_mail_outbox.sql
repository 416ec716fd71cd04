-- Mail that the server sends (issue 23): a transactional outbox, as for webhooks. A mail is
-- written in the same transaction as the change that causes it, as the bytes it will be
-- sent as (its Message-ID inside), so that a change that rolls back has no mail and a
-- retry after a crash sends the very same message. A worker on threads of its own sends
-- what is due and records each attempt; sent and given-up mail is pruned after 30 days.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY,
    -- What it is about (invitation, reset, order.submitted, …): for the admins' list and metrics.
    kind            TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    message_id      TEXT    NOT NULL UNIQUE CHECK (length(message_id) <= 255),
    -- The envelope's recipients, a JSON array of addresses (the To header is in `rendered`).
    recipients      TEXT    NOT NULL CHECK (json_valid(recipients) AND json_type(recipients) = 'array' AND length(recipients) <= 10000),
    subject         TEXT    NOT NULL CHECK (length(subject) <= 500),
    rendered        TEXT    NOT NULL CHECK (length(rendered) <= 1000000),
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    -- Unix milliseconds of the next try (pending only).
    next_attempt_ms INTEGER NOT NULL,
    last_error      TEXT    CHECK (last_error IS NULL OR length(last_error) <= 500),
    created_at      TEXT    NOT NULL CHECK (length(created_at) <= 64),
    sent_at         TEXT    CHECK (sent_at IS NULL OR length(sent_at) <= 64)
) STRICT;
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_ms) WHERE status = 'pending';
CREATE INDEX mail_outbox_created ON mail_outbox (created_at);
