-- Issue 23: what a person wants to be mailed, and the reminders the server has sent.
--
-- Each person may turn off the order mails and the reminders (never an invitation or a
-- reset link, which they asked for or need). On by default: people are told.
ALTER TABLE app_user ADD COLUMN mail_orders INTEGER NOT NULL DEFAULT 1 CHECK (mail_orders IN (0, 1));
ALTER TABLE app_user ADD COLUMN mail_reminders INTEGER NOT NULL DEFAULT 1 CHECK (mail_reminders IN (0, 1));

-- One row per reminder sent: (what, for which period, about whom). The daily job inserts
-- it in the same transaction as the mails it queues, so that a reminder is sent at most
-- once whatever restarts, clocks or second servers do, and a day the server was down is
-- caught up the next time it runs.
CREATE TABLE mail_reminder (
    kind    TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    period  TEXT NOT NULL CHECK (length(period) BETWEEN 1 AND 64),
    subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 64),
    sent_at TEXT NOT NULL CHECK (length(sent_at) <= 64),
    PRIMARY KEY (kind, period, subject)
) STRICT, WITHOUT ROWID;

-- Password-reset requests (the "Wachtwoord vergeten?" of /login) by address: a few per
-- hour per address, counted in the database so that the count holds across restarts.
CREATE TABLE password_reset_request (
    id           INTEGER PRIMARY KEY,
    email        TEXT NOT NULL CHECK (length(email) <= 254),
    requested_at TEXT NOT NULL CHECK (length(requested_at) <= 64)
) STRICT;
CREATE INDEX password_reset_request_email ON password_reset_request (email, requested_at);
CREATE INDEX password_reset_request_time ON password_reset_request (requested_at);
