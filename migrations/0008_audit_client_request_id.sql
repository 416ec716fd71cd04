-- The audit log keeps the server's own request id in request_id; a client's
-- X-Request-Id, which a client may send twice, is kept beside it (issue 10).
ALTER TABLE audit_log ADD COLUMN client_request_id TEXT;
