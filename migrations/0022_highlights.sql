-- Issue 24, part 1: the stories of a municipality's jaarbericht, its foreword and whether
-- it is published.
--
-- A highlight (story) belongs to one municipality and year. Its figures (participants,
-- sessions, dates) are never stored: they are read from the registrations it links, so the
-- story and the data cannot disagree.
CREATE TABLE highlight (
    id           INTEGER PRIMARY KEY,
    municipality TEXT    NOT NULL REFERENCES municipality (slug),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    programme    TEXT    NOT NULL REFERENCES programme (code),
    title        TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    text         TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 1500),
    quote        TEXT    CHECK (length(quote) <= 500),
    quote_by     TEXT    CHECK (length(quote_by) <= 200),
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL CHECK (length(created_at) <= 64),
    updated_at   TEXT    NOT NULL CHECK (length(updated_at) <= 64)
) STRICT;
CREATE INDEX highlight_municipality_year ON highlight (municipality, year, id);

-- The registrations a highlight is about (one or more). A registration removed takes its
-- link with it; one of another municipality or year is refused when linked, and left out
-- of the figures should it be moved later.
CREATE TABLE highlight_registration (
    highlight_id    INTEGER NOT NULL REFERENCES highlight (id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    PRIMARY KEY (highlight_id, registration_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX highlight_registration_registration ON highlight_registration (registration_id);

-- The organisation's foreword of a year, written by an admin; every municipality's
-- jaarbericht of that year opens with it.
CREATE TABLE report_foreword (
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    text       TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    updated_at TEXT    NOT NULL CHECK (length(updated_at) <= 64)
) STRICT;

-- Whether a municipality's jaarbericht of a year is published: a municipality sees its
-- stories only then. No row is a draft. A published report can still be corrected; the
-- audit log shows what changed.
CREATE TABLE report_publication (
    municipality TEXT    NOT NULL REFERENCES municipality (slug),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    state        TEXT    NOT NULL CHECK (state IN ('draft', 'published')),
    published_at TEXT    CHECK (length(published_at) <= 64),
    updated_at   TEXT    NOT NULL CHECK (length(updated_at) <= 64),
    PRIMARY KEY (municipality, year)
) STRICT, WITHOUT ROWID;
