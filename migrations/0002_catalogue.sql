-- The catalogue: programme areas, municipalities and their inhabitants, locations,
-- activities with full-text search, and yearly prices.

CREATE TABLE programme (
    code        TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    position    INTEGER NOT NULL UNIQUE
) STRICT;

-- The five programme areas are the chapters of the annual report: fixed reference data.
INSERT INTO programme (code, name, description, position) VALUES
    ('leren-en-ontwikkelen', 'Drenthe leert en ontwikkelt',
     'Leven lang leren: lezingen, workshops, BiebFabriek, escaperooms en online cursussen.', 1),
    ('leesbevordering', 'Drenthe leest: leesbevordering',
     'Lezen en voorlezen van baby tot puber: BoekStart, de Bibliotheek op school, Kleintje Bieb en campagnes.', 2),
    ('geletterdheid', 'Drenthe leest: werken aan geletterdheid',
     'Taalhuis, Digi-Taalhuis en oefenpleinen voor volwassenen die beter willen lezen, schrijven en rekenen.', 3),
    ('digitale-vaardigheden', 'Heel Drenthe doet mee',
     'Digitale vaardigheden en de digitale overheid: cursussen en het Informatiepunt Digitale Overheid.', 4),
    ('platform', 'Platformactiviteiten',
     'De bibliotheek als ontmoetingsplek: breicafé, koffieochtenden, leesclubs, filmavonden en spreekuren.', 5);

CREATE TABLE municipality (
    slug        TEXT    PRIMARY KEY CHECK (slug GLOB '[a-z0-9]*' AND slug NOT GLOB '*[^a-z0-9-]*' AND length(slug) <= 64),
    cbs_code    TEXT    NOT NULL UNIQUE CHECK (cbs_code GLOB 'GM[0-9][0-9][0-9][0-9]'),
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;

CREATE TABLE municipality_inhabitants (
    municipality TEXT    NOT NULL REFERENCES municipality (slug),
    year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    count        INTEGER NOT NULL CHECK (count >= 0),
    is_example   INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (municipality, year)
) STRICT;

CREATE TABLE location (
    id           INTEGER PRIMARY KEY,
    municipality TEXT    NOT NULL REFERENCES municipality (slug),
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind         TEXT    NOT NULL CHECK (kind IN ('branch', 'service_point', 'external')),
    address      TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    UNIQUE (municipality, name)
) STRICT;
CREATE INDEX location_by_municipality ON location (municipality, id);

CREATE TABLE activity (
    id                INTEGER PRIMARY KEY,
    code              TEXT    NOT NULL UNIQUE
                      CHECK (length(code) BETWEEN 1 AND 64 AND code NOT GLOB '*[^a-z0-9-]*' AND code NOT GLOB '[0-9]*'),
    name              TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    summary           TEXT    NOT NULL DEFAULT '',
    description       TEXT    NOT NULL DEFAULT '',
    programme         TEXT    NOT NULL REFERENCES programme (code),
    format            TEXT    NOT NULL
                      CHECK (format IN ('course', 'workshop', 'lecture', 'performance', 'office_hours', 'programme', 'service', 'meeting')),
    unit              TEXT    NOT NULL
                      CHECK (unit IN ('activity', 'session', 'course', 'location_year', 'school_year', 'year', 'inhabitant')),
    sessions_per_unit INTEGER CHECK (sessions_per_unit IS NULL OR sessions_per_unit >= 1),
    max_participants  INTEGER CHECK (max_participants IS NULL OR max_participants >= 1),
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
) STRICT;
-- Lists sort by name, then id (keyset pagination), and sync by updated_at.
CREATE INDEX activity_by_name ON activity (name, id);
CREATE INDEX activity_by_update ON activity (updated_at, id);
CREATE INDEX activity_by_programme ON activity (programme, name, id);

CREATE TABLE activity_audience (
    activity_id INTEGER NOT NULL REFERENCES activity (id),
    audience    TEXT    NOT NULL
                CHECK (audience IN ('toddlers', 'children', 'teenagers', 'adults', 'seniors', 'parents',
                                    'low_literate', 'professionals', 'schools')),
    position    INTEGER NOT NULL,
    PRIMARY KEY (activity_id, audience)
) STRICT;
CREATE INDEX activity_audience_by_audience ON activity_audience (audience, activity_id);

-- Full-text search: accents removed (breicafe finds Breicafé), prefix indexes for
-- word-prefix queries (digi finds Digisterker). External content: the activity table.
CREATE VIRTUAL TABLE activity_search USING fts5 (
    name, summary, description,
    content = 'activity', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
CREATE TRIGGER activity_search_insert AFTER INSERT ON activity BEGIN
    INSERT INTO activity_search (rowid, name, summary, description) VALUES (new.id, new.name, new.summary, new.description);
END;
CREATE TRIGGER activity_search_delete AFTER DELETE ON activity BEGIN
    INSERT INTO activity_search (activity_search, rowid, name, summary, description)
    VALUES ('delete', old.id, old.name, old.summary, old.description);
END;
CREATE TRIGGER activity_search_update AFTER UPDATE OF name, summary, description ON activity BEGIN
    INSERT INTO activity_search (activity_search, rowid, name, summary, description)
    VALUES ('delete', old.id, old.name, old.summary, old.description);
    INSERT INTO activity_search (rowid, name, summary, description) VALUES (new.id, new.name, new.summary, new.description);
END;

-- A year's price list; once published it is immutable.
CREATE TABLE price_year (
    year         INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    published_at TEXT,
    published_by TEXT
) STRICT;

CREATE TABLE activity_price (
    activity_id      INTEGER NOT NULL REFERENCES activity (id),
    year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents BETWEEN 0 AND 100000000000),
    vat_rate         INTEGER NOT NULL CHECK (vat_rate IN (0, 9, 21)),
    is_example       INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (activity_id, year)
) STRICT;
CREATE INDEX activity_price_by_year ON activity_price (year, activity_id);

-- Defence in depth: the service refuses with 409 first; these make a published
-- price list immutable even for a write that bypasses it.
CREATE TRIGGER activity_price_published_insert BEFORE INSERT ON activity_price
WHEN EXISTS (SELECT 1 FROM price_year WHERE year = new.year AND published_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'price list published'); END;
CREATE TRIGGER activity_price_published_update BEFORE UPDATE ON activity_price
WHEN EXISTS (SELECT 1 FROM price_year WHERE year = old.year AND published_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'price list published'); END;
CREATE TRIGGER activity_price_published_delete BEFORE DELETE ON activity_price
WHEN EXISTS (SELECT 1 FROM price_year WHERE year = old.year AND published_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'price list published'); END;

-- Tokens of a municipality now refer to it.
CREATE INDEX api_token_by_municipality ON api_token (municipality);
