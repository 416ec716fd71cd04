-- What was held (registrations: counts only, never names) and the yearly key figures.

CREATE TABLE registration (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    municipality TEXT    NOT NULL REFERENCES municipality (slug),
    location_id  INTEGER REFERENCES location (id),
    date         TEXT    NOT NULL CHECK (date(date) = date),
    sessions     INTEGER NOT NULL CHECK (sessions BETWEEN 0 AND 10000),
    participants INTEGER NOT NULL CHECK (participants BETWEEN 0 AND 1000000),
    order_id     INTEGER REFERENCES purchase_order (id),
    partners     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(partners) AND json_type(partners) = 'array'),
    notes        TEXT    CHECK (notes IS NULL OR length(notes) <= 2000),
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
) STRICT;
CREATE INDEX registration_by_municipality ON registration (municipality, date, id);
CREATE INDEX registration_by_activity ON registration (activity_id, date);
CREATE INDEX registration_by_location ON registration (location_id);
CREATE INDEX registration_by_date ON registration (date, id);
CREATE INDEX registration_by_update ON registration (updated_at, id);
CREATE INDEX registration_by_order ON registration (order_id);

-- Monthly sums per municipality and activity, kept up to date by triggers in the same
-- transaction as every write, so that statistics read a few hundred rows however many
-- registrations there are. A derived cache: it can always be rebuilt from registration.
CREATE TABLE registration_month (
    municipality  TEXT    NOT NULL,
    activity_id   INTEGER NOT NULL,
    month         TEXT    NOT NULL,   -- YYYY-MM
    registrations INTEGER NOT NULL,
    participants  INTEGER NOT NULL,
    sessions      INTEGER NOT NULL,
    PRIMARY KEY (municipality, month, activity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX registration_month_by_activity ON registration_month (activity_id, month);

CREATE TRIGGER registration_month_insert AFTER INSERT ON registration BEGIN
    INSERT INTO registration_month (municipality, activity_id, month, registrations, participants, sessions)
    VALUES (new.municipality, new.activity_id, substr(new.date, 1, 7), 1, new.participants, new.sessions)
    ON CONFLICT (municipality, month, activity_id) DO UPDATE SET
        registrations = registrations + 1,
        participants = participants + excluded.participants,
        sessions = sessions + excluded.sessions;
END;
CREATE TRIGGER registration_month_delete AFTER DELETE ON registration BEGIN
    UPDATE registration_month SET registrations = registrations - 1,
        participants = participants - old.participants, sessions = sessions - old.sessions
    WHERE municipality = old.municipality AND month = substr(old.date, 1, 7) AND activity_id = old.activity_id;
    DELETE FROM registration_month
    WHERE municipality = old.municipality AND month = substr(old.date, 1, 7) AND activity_id = old.activity_id
      AND registrations = 0;
END;
CREATE TRIGGER registration_month_update AFTER UPDATE OF municipality, activity_id, date, participants, sessions ON registration BEGIN
    UPDATE registration_month SET registrations = registrations - 1,
        participants = participants - old.participants, sessions = sessions - old.sessions
    WHERE municipality = old.municipality AND month = substr(old.date, 1, 7) AND activity_id = old.activity_id;
    DELETE FROM registration_month
    WHERE municipality = old.municipality AND month = substr(old.date, 1, 7) AND activity_id = old.activity_id
      AND registrations = 0;
    INSERT INTO registration_month (municipality, activity_id, month, registrations, participants, sessions)
    VALUES (new.municipality, new.activity_id, substr(new.date, 1, 7), 1, new.participants, new.sessions)
    ON CONFLICT (municipality, month, activity_id) DO UPDATE SET
        registrations = registrations + 1,
        participants = participants + excluded.participants,
        sessions = sessions + excluded.sessions;
END;

-- The key figures a year's report holds. `computed` ones are derived (totals, ratios,
-- counts from registrations) and never stored.
CREATE TABLE figure_definition (
    code     TEXT    PRIMARY KEY,
    label    TEXT    NOT NULL,
    unit     TEXT    NOT NULL CHECK (unit IN ('count', 'percent')),
    grp      TEXT    NOT NULL,
    scope    TEXT    NOT NULL CHECK (scope IN ('municipality', 'organisation')),
    computed INTEGER NOT NULL CHECK (computed IN (0, 1)),
    position INTEGER NOT NULL UNIQUE
) STRICT;

INSERT INTO figure_definition (code, label, unit, grp, scope, computed, position) VALUES
    ('platform_activities',            'Platformactiviteiten',                        'count',   'activiteiten',   'municipality', 1, 10),
    ('platform_participants',          'Deelnemers platformactiviteiten',             'count',   'activiteiten',   'municipality', 1, 11),
    ('visitors_library',               'Bezoekers in de bibliotheken',                'count',   'bezoek',         'municipality', 0, 20),
    ('visitors_website',               'Bezoekers via de website',                    'count',   'bezoek',         'municipality', 0, 21),
    ('members_paying',                 'Leden: betalend',                             'count',   'leden',          'municipality', 0, 30),
    ('members_youth',                  'Leden: jeugd',                                'count',   'leden',          'municipality', 0, 31),
    ('members_start',                  'Leden: start (nieuw of gratis instap)',       'count',   'leden',          'municipality', 0, 32),
    ('members_other',                  'Leden: overig',                               'count',   'leden',          'municipality', 0, 33),
    ('members_total',                  'Leden: totaal',                               'count',   'leden',          'municipality', 1, 34),
    ('inhabitants',                    'Inwoners',                                    'count',   'leden',          'municipality', 1, 35),
    ('participation_rate',             'Deelneming (leden ÷ inwoners)',               'percent', 'leden',          'municipality', 1, 36),
    ('dbos_pupils',                    'Leerlingen de Bibliotheek op school',         'count',   'leesbevordering','municipality', 0, 40),
    ('dbos_primary_schools',           'Basisscholen met de Bibliotheek op school',   'count',   'leesbevordering','municipality', 0, 41),
    ('dbos_secondary_schools',         'Scholen voortgezet onderwijs met dBos',       'count',   'leesbevordering','municipality', 0, 42),
    ('boekstart_childcare_locations',  'BoekStart-kinderopvanglocaties',              'count',   'leesbevordering','municipality', 0, 43),
    ('boekstart_baby_kits',            'Uitgereikte BoekStart-koffertjes',            'count',   'leesbevordering','municipality', 0, 44),
    ('ebook_accounts_active',          'Actieve e-book-accounts',                     'count',   'digitaal',       'municipality', 0, 50),
    ('digital_courses',                'Cursussen digitale vaardigheden',             'count',   'digitaal',       'municipality', 1, 51),
    ('digital_course_sessions',        'Cursusbijeenkomsten digitale vaardigheden',   'count',   'digitaal',       'municipality', 1, 52),
    ('ido_office_hours',               'IDO-spreekuren',                              'count',   'digitaal',       'municipality', 1, 53),
    ('ido_questions',                  'IDO-vragen',                                  'count',   'digitaal',       'municipality', 0, 54),
    ('loans_books',                    'Uitleningen: boeken',                         'count',   'uitleningen',    'municipality', 0, 60),
    ('loans_avm',                      'Uitleningen: audiovisueel',                   'count',   'uitleningen',    'municipality', 0, 61),
    ('loans_magazines',                'Uitleningen: tijdschriften',                  'count',   'uitleningen',    'municipality', 0, 62),
    ('loans_physical_total',           'Uitleningen: fysiek totaal',                  'count',   'uitleningen',    'municipality', 1, 63),
    ('loans_dbos',                     'Uitleningen via dBos',                        'count',   'uitleningen',    'municipality', 0, 64),
    ('survey_staff',                   'Tevredenheid: medewerkers',                   'percent', 'biebpanel',      'municipality', 0, 70),
    ('survey_opening_hours',           'Tevredenheid: openingstijden',                'percent', 'biebpanel',      'municipality', 0, 71),
    ('survey_building',                'Tevredenheid: gebouw',                        'percent', 'biebpanel',      'municipality', 0, 72),
    ('survey_atmosphere',              'Tevredenheid: sfeer en inrichting',           'percent', 'biebpanel',      'municipality', 0, 73),
    ('survey_workspaces',              'Tevredenheid: werkplekken',                   'percent', 'biebpanel',      'municipality', 0, 74),
    ('survey_catering',                'Tevredenheid: horeca',                        'percent', 'biebpanel',      'municipality', 0, 75),
    ('survey_practical',               'Tevredenheid: praktische zaken',              'percent', 'biebpanel',      'municipality', 0, 76),
    ('loans_ebooks',                   'Uitleningen e-books (Biblionet Drenthe)',     'count',   'online',         'organisation', 0, 80),
    ('loans_audiobooks',               'Uitleningen luisterboeken (Biblionet Drenthe)','count',  'online',         'organisation', 0, 81),
    ('loans_online_total',             'Uitleningen online totaal',                   'count',   'online',         'organisation', 1, 82),
    ('online_members_active',          'Actieve leden online bibliotheek (provincie)','count',   'online',         'organisation', 0, 83),
    ('province_ebook_loans',           'E-books (provincie)',                         'count',   'online',         'organisation', 0, 84),
    ('province_audiobook_loans',       'Luisterboeken (provincie)',                   'count',   'online',         'organisation', 0, 85),
    ('goodhabitz_courses',             'GoodHabitz-cursussen',                        'count',   'online',         'organisation', 0, 86),
    ('soofos_courses',                 'Soofos-cursussen',                            'count',   'online',         'organisation', 0, 87);

-- Stored key figures: raw values only. `area` is a municipality slug or 'organisation'.
CREATE TABLE figure_value (
    year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    area       TEXT    NOT NULL,
    code       TEXT    NOT NULL REFERENCES figure_definition (code),
    value      INTEGER NOT NULL CHECK (value >= 0),
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (year, area, code)
) STRICT;
