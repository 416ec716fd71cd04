-- Demo data for `catalogus seed --demo`. Every statement is idempotent.
INSERT OR IGNORE INTO demo_marker (id, loaded_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
