-- Every text column has a bound on its length (issue 10): the ones without a CHECK of
-- their own get it here as triggers, since SQLite cannot add a CHECK to an existing
-- table without rebuilding it. length() counts characters (Unicode scalars), as the
-- API's validators do. Free text gets the validators' limits; names, codes and
-- timestamps that the server writes get generous bounds; JSON snapshots get room for
-- the largest order. A violation fails the statement like a CHECK (SQLITE_CONSTRAINT).

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

CREATE TRIGGER audit_log_text_length_insert BEFORE INSERT ON audit_log
WHEN length(NEW.at) > 64
    OR length(NEW.token_name) > 200
    OR length(NEW.action) > 64
    OR length(NEW.entity) > 64
    OR length(NEW.entity_id) > 200
    OR length(NEW.before_json) > 8000000
    OR length(NEW.after_json) > 8000000
    OR length(NEW.request_id) > 200
    OR length(NEW.client_request_id) > 200
BEGIN
    SELECT RAISE(ABORT, 'a text value of audit_log is longer than its column allows');
END;

CREATE TRIGGER audit_log_text_length_update BEFORE UPDATE ON audit_log
WHEN length(NEW.at) > 64
    OR length(NEW.token_name) > 200
    OR length(NEW.action) > 64
    OR length(NEW.entity) > 64
    OR length(NEW.entity_id) > 200
    OR length(NEW.before_json) > 8000000
    OR length(NEW.after_json) > 8000000
    OR length(NEW.request_id) > 200
    OR length(NEW.client_request_id) > 200
BEGIN
    SELECT RAISE(ABORT, 'a text value of audit_log is longer than its column allows');
END;

CREATE TRIGGER idempotency_key_text_length_insert BEFORE INSERT ON idempotency_key
WHEN length(NEW.key) > 255
    OR length(NEW.method) > 16
    OR length(NEW.path) > 8192
    OR length(NEW.request_json) > 67108864
    OR length(NEW.response_headers) > 65536
    OR length(NEW.created_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of idempotency_key is longer than its column allows');
END;

CREATE TRIGGER idempotency_key_text_length_update BEFORE UPDATE ON idempotency_key
WHEN length(NEW.key) > 255
    OR length(NEW.method) > 16
    OR length(NEW.path) > 8192
    OR length(NEW.request_json) > 67108864
    OR length(NEW.response_headers) > 65536
    OR length(NEW.created_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of idempotency_key is longer than its column allows');
END;

CREATE TRIGGER demo_marker_text_length_insert BEFORE INSERT ON demo_marker
WHEN length(NEW.loaded_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of demo_marker is longer than its column allows');
END;

CREATE TRIGGER demo_marker_text_length_update BEFORE UPDATE ON demo_marker
WHEN length(NEW.loaded_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of demo_marker is longer than its column allows');
END;

CREATE TRIGGER programme_text_length_insert BEFORE INSERT ON programme
WHEN length(NEW.code) > 64
    OR length(NEW.name) > 200
    OR length(NEW.description) > 5000
BEGIN
    SELECT RAISE(ABORT, 'a text value of programme is longer than its column allows');
END;

CREATE TRIGGER programme_text_length_update BEFORE UPDATE ON programme
WHEN length(NEW.code) > 64
    OR length(NEW.name) > 200
    OR length(NEW.description) > 5000
BEGIN
    SELECT RAISE(ABORT, 'a text value of programme is longer than its column allows');
END;

CREATE TRIGGER municipality_text_length_insert BEFORE INSERT ON municipality
WHEN length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of municipality is longer than its column allows');
END;

CREATE TRIGGER municipality_text_length_update BEFORE UPDATE ON municipality
WHEN length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of municipality is longer than its column allows');
END;

CREATE TRIGGER municipality_inhabitants_text_length_insert BEFORE INSERT ON municipality_inhabitants
WHEN length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of municipality_inhabitants is longer than its column allows');
END;

CREATE TRIGGER municipality_inhabitants_text_length_update BEFORE UPDATE ON municipality_inhabitants
WHEN length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of municipality_inhabitants is longer than its column allows');
END;

CREATE TRIGGER location_text_length_insert BEFORE INSERT ON location
WHEN length(NEW.address) > 500
    OR length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of location is longer than its column allows');
END;

CREATE TRIGGER location_text_length_update BEFORE UPDATE ON location
WHEN length(NEW.address) > 500
    OR length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of location is longer than its column allows');
END;

CREATE TRIGGER activity_text_length_insert BEFORE INSERT ON activity
WHEN length(NEW.code) > 64
    OR length(NEW.summary) > 500
    OR length(NEW.description) > 5000
    OR length(NEW.format) > 64
    OR length(NEW.unit) > 64
    OR length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
    OR length(NEW.audience_list) > 1000
BEGIN
    SELECT RAISE(ABORT, 'a text value of activity is longer than its column allows');
END;

CREATE TRIGGER activity_text_length_update BEFORE UPDATE ON activity
WHEN length(NEW.code) > 64
    OR length(NEW.summary) > 500
    OR length(NEW.description) > 5000
    OR length(NEW.format) > 64
    OR length(NEW.unit) > 64
    OR length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
    OR length(NEW.audience_list) > 1000
BEGIN
    SELECT RAISE(ABORT, 'a text value of activity is longer than its column allows');
END;

CREATE TRIGGER activity_audience_text_length_insert BEFORE INSERT ON activity_audience
WHEN length(NEW.audience) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of activity_audience is longer than its column allows');
END;

CREATE TRIGGER activity_audience_text_length_update BEFORE UPDATE ON activity_audience
WHEN length(NEW.audience) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of activity_audience is longer than its column allows');
END;

CREATE TRIGGER price_year_text_length_insert BEFORE INSERT ON price_year
WHEN length(NEW.published_at) > 64
    OR length(NEW.published_by) > 200
BEGIN
    SELECT RAISE(ABORT, 'a text value of price_year is longer than its column allows');
END;

CREATE TRIGGER price_year_text_length_update BEFORE UPDATE ON price_year
WHEN length(NEW.published_at) > 64
    OR length(NEW.published_by) > 200
BEGIN
    SELECT RAISE(ABORT, 'a text value of price_year is longer than its column allows');
END;

CREATE TRIGGER activity_price_text_length_insert BEFORE INSERT ON activity_price
WHEN length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of activity_price is longer than its column allows');
END;

CREATE TRIGGER activity_price_text_length_update BEFORE UPDATE ON activity_price
WHEN length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of activity_price is longer than its column allows');
END;

CREATE TRIGGER budget_text_length_insert BEFORE INSERT ON budget
WHEN length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of budget is longer than its column allows');
END;

CREATE TRIGGER budget_text_length_update BEFORE UPDATE ON budget
WHEN length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of budget is longer than its column allows');
END;

CREATE TRIGGER purchase_order_text_length_insert BEFORE INSERT ON purchase_order
WHEN length(NEW.number) > 64
    OR length(NEW.cancel_reason) > 1000
    OR length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of purchase_order is longer than its column allows');
END;

CREATE TRIGGER purchase_order_text_length_update BEFORE UPDATE ON purchase_order
WHEN length(NEW.number) > 64
    OR length(NEW.cancel_reason) > 1000
    OR length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of purchase_order is longer than its column allows');
END;

CREATE TRIGGER order_line_text_length_insert BEFORE INSERT ON order_line
WHEN length(NEW.unit) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of order_line is longer than its column allows');
END;

CREATE TRIGGER order_line_text_length_update BEFORE UPDATE ON order_line
WHEN length(NEW.unit) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of order_line is longer than its column allows');
END;

CREATE TRIGGER order_history_text_length_insert BEFORE INSERT ON order_history
WHEN length(NEW.at) > 64
    OR length(NEW.by_name) > 200
    OR length(NEW.reason) > 1000
BEGIN
    SELECT RAISE(ABORT, 'a text value of order_history is longer than its column allows');
END;

CREATE TRIGGER order_history_text_length_update BEFORE UPDATE ON order_history
WHEN length(NEW.at) > 64
    OR length(NEW.by_name) > 200
    OR length(NEW.reason) > 1000
BEGIN
    SELECT RAISE(ABORT, 'a text value of order_history is longer than its column allows');
END;

CREATE TRIGGER registration_text_length_insert BEFORE INSERT ON registration
WHEN length(NEW.partners) > 10000
    OR length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of registration is longer than its column allows');
END;

CREATE TRIGGER registration_text_length_update BEFORE UPDATE ON registration
WHEN length(NEW.partners) > 10000
    OR length(NEW.created_at) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of registration is longer than its column allows');
END;

CREATE TRIGGER registration_month_text_length_insert BEFORE INSERT ON registration_month
WHEN length(NEW.month) > 7
    OR length(NEW.municipality) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of registration_month is longer than its column allows');
END;

CREATE TRIGGER registration_month_text_length_update BEFORE UPDATE ON registration_month
WHEN length(NEW.month) > 7
    OR length(NEW.municipality) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of registration_month is longer than its column allows');
END;

CREATE TRIGGER figure_definition_text_length_insert BEFORE INSERT ON figure_definition
WHEN length(NEW.code) > 64
    OR length(NEW.label) > 200
    OR length(NEW.grp) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of figure_definition is longer than its column allows');
END;

CREATE TRIGGER figure_definition_text_length_update BEFORE UPDATE ON figure_definition
WHEN length(NEW.code) > 64
    OR length(NEW.label) > 200
    OR length(NEW.grp) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of figure_definition is longer than its column allows');
END;

CREATE TRIGGER figure_value_text_length_insert BEFORE INSERT ON figure_value
WHEN length(NEW.area) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of figure_value is longer than its column allows');
END;

CREATE TRIGGER figure_value_text_length_update BEFORE UPDATE ON figure_value
WHEN length(NEW.area) > 64
    OR length(NEW.updated_at) > 64
BEGIN
    SELECT RAISE(ABORT, 'a text value of figure_value is longer than its column allows');
END;
