-- Idempotency keys are pruned once they are well past their 24 hours (issue 20: they were
-- kept for ever, one row with its whole answer per keyed request). The prune reads them
-- oldest first by this index, in short writes.
CREATE INDEX idempotency_key_by_age ON idempotency_key (created_at);
