-- Issue 20, item 7: a change writes its event and nothing more; the delivery worker fans
-- it out to the listening hooks afterwards, in small writes of its own, and prunes what
-- is older than 30 days. (Before, every change wrote one delivery per listening hook in
-- its own transaction: a 10,000-row import with 100 hooks wrote 1,000,000 rows while
-- every other write waited.)

-- Events written before this migration were fanned out in their own transaction.
ALTER TABLE webhook_event ADD COLUMN fanned_out INTEGER NOT NULL DEFAULT 1 CHECK (fanned_out IN (0, 1));
-- 1: only the hooks limited to the event's municipality (a registration moved away).
ALTER TABLE webhook_event ADD COLUMN limited_only INTEGER NOT NULL DEFAULT 0 CHECK (limited_only IN (0, 1));
-- The highest hook id when the event happened: a hook made later does not get it.
ALTER TABLE webhook_event ADD COLUMN hooks_upto INTEGER NOT NULL DEFAULT 0;
-- Unix milliseconds of the event: the three-day window of its deliveries starts here.
ALTER TABLE webhook_event ADD COLUMN created_ms INTEGER NOT NULL DEFAULT 0;

CREATE INDEX webhook_event_to_fan_out ON webhook_event (id) WHERE fanned_out = 0;
-- Pruning walks these, oldest first, in small batches.
CREATE INDEX webhook_event_created ON webhook_event (created_at);
CREATE INDEX webhook_delivery_created ON webhook_delivery (created_at);
