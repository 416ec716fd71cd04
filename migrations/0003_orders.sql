-- Orders ("afname"): what a municipality buys for a year, from draft to confirmed.

-- A municipality's budget and order deadline for a year (none set: no limit).
CREATE TABLE budget (
    municipality   TEXT    NOT NULL REFERENCES municipality (slug),
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    net_cents      INTEGER NOT NULL CHECK (net_cents >= 0),
    order_deadline TEXT    CHECK (order_deadline IS NULL OR date(order_deadline) = order_deadline),
    updated_at     TEXT    NOT NULL,
    PRIMARY KEY (municipality, year)
) STRICT;

-- The last order number given per municipality and year, raised in the same
-- transaction as the order's insert: numbers are gapless and never repeat.
CREATE TABLE order_counter (
    municipality TEXT    NOT NULL REFERENCES municipality (slug),
    year         INTEGER NOT NULL,
    last_number  INTEGER NOT NULL CHECK (last_number >= 1),
    PRIMARY KEY (municipality, year)
) STRICT;

CREATE TABLE purchase_order (
    id            INTEGER PRIMARY KEY,
    number        TEXT    NOT NULL UNIQUE,
    municipality  TEXT    NOT NULL REFERENCES municipality (slug),
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'submitted', 'confirmed', 'cancelled')),
    reference     TEXT    CHECK (reference IS NULL OR length(reference) <= 200),
    cancel_reason TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX purchase_order_by_municipality ON purchase_order (municipality, year, id);
CREATE INDEX purchase_order_by_update ON purchase_order (updated_at, id);

-- A line's price columns are NULL while the order is a draft (a draft follows the
-- price list) and frozen at submit. Amounts are computed from them, never stored.
CREATE TABLE order_line (
    order_id         INTEGER NOT NULL REFERENCES purchase_order (id),
    line_no          INTEGER NOT NULL CHECK (line_no >= 1),
    activity_id      INTEGER NOT NULL REFERENCES activity (id),
    quantity         INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 1000000000),
    note             TEXT    CHECK (note IS NULL OR length(note) <= 1000),
    unit             TEXT,
    unit_price_cents INTEGER,
    vat_rate         INTEGER CHECK (vat_rate IS NULL OR vat_rate IN (0, 9, 21)),
    inhabitants      INTEGER,
    PRIMARY KEY (order_id, line_no),
    CHECK ((unit IS NULL) = (unit_price_cents IS NULL) AND (unit IS NULL) = (vat_rate IS NULL))
) STRICT;
CREATE INDEX order_line_by_activity ON order_line (activity_id);

-- One entry per status an order has had, its creation (draft) included.
CREATE TABLE order_history (
    order_id INTEGER NOT NULL REFERENCES purchase_order (id),
    seq      INTEGER NOT NULL,
    status   TEXT    NOT NULL CHECK (status IN ('draft', 'submitted', 'confirmed', 'cancelled')),
    at       TEXT    NOT NULL,
    by_name  TEXT    NOT NULL,
    token_id INTEGER REFERENCES api_token (id),
    reason   TEXT,
    PRIMARY KEY (order_id, seq)
) STRICT;
