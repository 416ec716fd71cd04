-- A bulk import writes its rows in turns of a thousand, each a transaction of its own, so
-- that other writes go between them (issue 20, item 8: one 10,000-row transaction held
-- every other write for its whole length). Its rows stay invisible until its last turn
-- publishes them all at once: while an import's row exists here, the registrations that
-- name it are not read by anyone, are not in the statistics' sums, and are taken back
-- whole when the import fails or the server stops before it ends.
--
-- AUTOINCREMENT: an id is never used twice, so that a published import's rows can never
-- be taken for those of a later, unfinished one.
CREATE TABLE registration_import (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The smallest id of its rows (none before its first turn): where to look for them.
    first_id    INTEGER,
    started_at  TEXT NOT NULL CHECK (length(started_at) <= 64)
) STRICT;

ALTER TABLE registration ADD COLUMN import_id INTEGER;

-- The per-row sums leave an import's rows alone: its last turn adds them once per group
-- (RegistrationImports.publish), and taking back an unpublished import subtracts nothing
-- it never added. This replaces migration 0016's marker table.
DROP TRIGGER registration_month_insert;
CREATE TRIGGER registration_month_insert AFTER INSERT ON registration
WHEN new.import_id IS NULL BEGIN
    INSERT INTO registration_month (municipality, activity_id, month, registrations, participants, sessions)
    VALUES (new.municipality, new.activity_id, substr(new.date, 1, 7), 1, new.participants, new.sessions)
    ON CONFLICT (municipality, month, activity_id) DO UPDATE SET
        registrations = registrations + 1,
        participants = participants + excluded.participants,
        sessions = sessions + excluded.sessions;
END;

DROP TRIGGER registration_year_insert;
CREATE TRIGGER registration_year_insert AFTER INSERT ON registration
WHEN new.import_id IS NULL BEGIN
    INSERT INTO registration_year (year, municipality, activity_id, registrations, participants, sessions)
    VALUES (CAST(substr(new.date, 1, 4) AS INTEGER), new.municipality, new.activity_id, 1, new.participants, new.sessions)
    ON CONFLICT (year, municipality, activity_id) DO UPDATE SET
        registrations = registrations + 1,
        participants = participants + excluded.participants,
        sessions = sessions + excluded.sessions;
END;

DROP TRIGGER registration_place_year_insert;
CREATE TRIGGER registration_place_year_insert AFTER INSERT ON registration
WHEN new.location_id IS NOT NULL AND new.import_id IS NULL BEGIN
    INSERT INTO registration_place_year (year, municipality, activity_id, location_id, registrations)
    VALUES (CAST(substr(new.date, 1, 4) AS INTEGER), new.municipality, new.activity_id, new.location_id, 1)
    ON CONFLICT (year, municipality, activity_id, location_id) DO UPDATE SET registrations = registrations + 1;
END;

DROP TRIGGER registration_month_delete;
CREATE TRIGGER registration_month_delete AFTER DELETE ON registration
WHEN old.import_id IS NULL OR old.import_id NOT IN (SELECT id FROM registration_import) BEGIN
    UPDATE registration_month SET registrations = registrations - 1,
        participants = participants - old.participants, sessions = sessions - old.sessions
    WHERE municipality = old.municipality AND month = substr(old.date, 1, 7) AND activity_id = old.activity_id;
    DELETE FROM registration_month
    WHERE municipality = old.municipality AND month = substr(old.date, 1, 7) AND activity_id = old.activity_id
      AND registrations = 0;
END;

DROP TRIGGER registration_year_delete;
CREATE TRIGGER registration_year_delete AFTER DELETE ON registration
WHEN old.import_id IS NULL OR old.import_id NOT IN (SELECT id FROM registration_import) BEGIN
    UPDATE registration_year SET registrations = registrations - 1,
        participants = participants - old.participants, sessions = sessions - old.sessions
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id;
    DELETE FROM registration_year
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND registrations = 0;
END;

DROP TRIGGER registration_place_year_delete;
CREATE TRIGGER registration_place_year_delete AFTER DELETE ON registration
WHEN old.location_id IS NOT NULL AND (old.import_id IS NULL OR old.import_id NOT IN (SELECT id FROM registration_import)) BEGIN
    UPDATE registration_place_year SET registrations = registrations - 1
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND location_id = old.location_id;
    DELETE FROM registration_place_year
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND location_id = old.location_id AND registrations = 0;
END;

DROP TABLE registration_bulk_insert;
