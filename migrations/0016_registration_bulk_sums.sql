-- A bulk import adds to the statistics' sums once per group of rows instead of once per
-- row (issue 20, item 8). Its INSERT of 10,000 rows spent about half its time in the three
-- per-row sum triggers (30,000 upserts), all of it in the import's turn on the one writer,
-- where every other write waits. While the import's transaction holds the one row of
-- `registration_bulk_insert`, those triggers stand aside and the import adds each
-- group's count and sums itself (`RegistrationRepository.insertAll`), then deletes the
-- row, all in the same transaction: no other connection ever sees the row, and a failed
-- import takes it back with everything else.
CREATE TABLE registration_bulk_insert (
    id INTEGER PRIMARY KEY CHECK (id = 1)
) STRICT;

DROP TRIGGER registration_month_insert;
CREATE TRIGGER registration_month_insert AFTER INSERT ON registration
WHEN NOT EXISTS (SELECT 1 FROM registration_bulk_insert) BEGIN
    INSERT INTO registration_month (municipality, activity_id, month, registrations, participants, sessions)
    VALUES (new.municipality, new.activity_id, substr(new.date, 1, 7), 1, new.participants, new.sessions)
    ON CONFLICT (municipality, month, activity_id) DO UPDATE SET
        registrations = registrations + 1,
        participants = participants + excluded.participants,
        sessions = sessions + excluded.sessions;
END;

DROP TRIGGER registration_year_insert;
CREATE TRIGGER registration_year_insert AFTER INSERT ON registration
WHEN NOT EXISTS (SELECT 1 FROM registration_bulk_insert) BEGIN
    INSERT INTO registration_year (year, municipality, activity_id, registrations, participants, sessions)
    VALUES (CAST(substr(new.date, 1, 4) AS INTEGER), new.municipality, new.activity_id, 1, new.participants, new.sessions)
    ON CONFLICT (year, municipality, activity_id) DO UPDATE SET
        registrations = registrations + 1,
        participants = participants + excluded.participants,
        sessions = sessions + excluded.sessions;
END;

DROP TRIGGER registration_place_year_insert;
CREATE TRIGGER registration_place_year_insert AFTER INSERT ON registration
WHEN new.location_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM registration_bulk_insert) BEGIN
    INSERT INTO registration_place_year (year, municipality, activity_id, location_id, registrations)
    VALUES (CAST(substr(new.date, 1, 4) AS INTEGER), new.municipality, new.activity_id, new.location_id, 1)
    ON CONFLICT (year, municipality, activity_id, location_id) DO UPDATE SET registrations = registrations + 1;
END;
