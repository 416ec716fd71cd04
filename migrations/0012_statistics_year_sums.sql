-- Yearly sums for the statistics at a million registrations (issue 13, bench/stats.sh).
-- The overview and the municipality report add up a year: from registration_month that
-- reads municipalities × activities × 12 rows, and the distinct places of per-location
-- activities were counted from the registrations themselves, so both grew with the data.
-- These two tables hold a year at the grain the reads ask for, so that a report reads at
-- most one row per activity (and per place) however many registrations there are. Like
-- registration_month they are derived caches, kept by triggers in the same transaction as
-- every write, and can always be rebuilt from registration.
--
-- Keyed by year first: the overview reads one year of every municipality, the report one
-- year of one municipality, both a prefix of the key (WITHOUT ROWID: the key is the table).
CREATE TABLE registration_year (
    year          INTEGER NOT NULL,
    municipality  TEXT    NOT NULL CHECK (length(municipality) <= 64),
    activity_id   INTEGER NOT NULL,
    registrations INTEGER NOT NULL,
    participants  INTEGER NOT NULL,
    sessions      INTEGER NOT NULL,
    PRIMARY KEY (year, municipality, activity_id)
) STRICT, WITHOUT ROWID;

-- The places an activity was held at in a year, with how many registrations name each:
-- the distinct places are the rows, and a place goes when its last registration does.
-- Registrations without a place are not counted (count(DISTINCT location_id) skips NULL).
CREATE TABLE registration_place_year (
    year          INTEGER NOT NULL,
    municipality  TEXT    NOT NULL CHECK (length(municipality) <= 64),
    activity_id   INTEGER NOT NULL,
    location_id   INTEGER NOT NULL,
    registrations INTEGER NOT NULL,
    PRIMARY KEY (year, municipality, activity_id, location_id)
) STRICT, WITHOUT ROWID;

INSERT INTO registration_year (year, municipality, activity_id, registrations, participants, sessions)
SELECT CAST(substr(date, 1, 4) AS INTEGER), municipality, activity_id, count(*), sum(participants), sum(sessions)
FROM registration GROUP BY 1, 2, 3;

INSERT INTO registration_place_year (year, municipality, activity_id, location_id, registrations)
SELECT CAST(substr(date, 1, 4) AS INTEGER), municipality, activity_id, location_id, count(*)
FROM registration WHERE location_id IS NOT NULL GROUP BY 1, 2, 3, 4;

CREATE TRIGGER registration_year_insert AFTER INSERT ON registration BEGIN
    INSERT INTO registration_year (year, municipality, activity_id, registrations, participants, sessions)
    VALUES (CAST(substr(new.date, 1, 4) AS INTEGER), new.municipality, new.activity_id, 1, new.participants, new.sessions)
    ON CONFLICT (year, municipality, activity_id) DO UPDATE SET
        registrations = registrations + 1,
        participants = participants + excluded.participants,
        sessions = sessions + excluded.sessions;
END;
CREATE TRIGGER registration_year_delete AFTER DELETE ON registration BEGIN
    UPDATE registration_year SET registrations = registrations - 1,
        participants = participants - old.participants, sessions = sessions - old.sessions
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id;
    DELETE FROM registration_year
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND registrations = 0;
END;
CREATE TRIGGER registration_year_update AFTER UPDATE OF municipality, activity_id, date, participants, sessions ON registration BEGIN
    UPDATE registration_year SET registrations = registrations - 1,
        participants = participants - old.participants, sessions = sessions - old.sessions
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id;
    DELETE FROM registration_year
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND registrations = 0;
    INSERT INTO registration_year (year, municipality, activity_id, registrations, participants, sessions)
    VALUES (CAST(substr(new.date, 1, 4) AS INTEGER), new.municipality, new.activity_id, 1, new.participants, new.sessions)
    ON CONFLICT (year, municipality, activity_id) DO UPDATE SET
        registrations = registrations + 1,
        participants = participants + excluded.participants,
        sessions = sessions + excluded.sessions;
END;

CREATE TRIGGER registration_place_year_insert AFTER INSERT ON registration WHEN new.location_id IS NOT NULL BEGIN
    INSERT INTO registration_place_year (year, municipality, activity_id, location_id, registrations)
    VALUES (CAST(substr(new.date, 1, 4) AS INTEGER), new.municipality, new.activity_id, new.location_id, 1)
    ON CONFLICT (year, municipality, activity_id, location_id) DO UPDATE SET registrations = registrations + 1;
END;
CREATE TRIGGER registration_place_year_delete AFTER DELETE ON registration WHEN old.location_id IS NOT NULL BEGIN
    UPDATE registration_place_year SET registrations = registrations - 1
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND location_id = old.location_id;
    DELETE FROM registration_place_year
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND location_id = old.location_id AND registrations = 0;
END;
-- Old and new side each only when it names a place (a correction may add or remove one).
CREATE TRIGGER registration_place_year_update_old AFTER UPDATE OF municipality, activity_id, date, location_id ON registration
WHEN old.location_id IS NOT NULL BEGIN
    UPDATE registration_place_year SET registrations = registrations - 1
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND location_id = old.location_id;
    DELETE FROM registration_place_year
    WHERE year = CAST(substr(old.date, 1, 4) AS INTEGER) AND municipality = old.municipality AND activity_id = old.activity_id
      AND location_id = old.location_id AND registrations = 0;
END;
CREATE TRIGGER registration_place_year_update_new AFTER UPDATE OF municipality, activity_id, date, location_id ON registration
WHEN new.location_id IS NOT NULL BEGIN
    INSERT INTO registration_place_year (year, municipality, activity_id, location_id, registrations)
    VALUES (CAST(substr(new.date, 1, 4) AS INTEGER), new.municipality, new.activity_id, new.location_id, 1)
    ON CONFLICT (year, municipality, activity_id, location_id) DO UPDATE SET registrations = registrations + 1;
END;
