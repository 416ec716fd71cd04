-- Indexes for statistics at a million registrations (measured with bench/stats.sh):
-- the distinct places of per-location activities are read from the index alone, and
-- the overview sums one year of the monthly aggregates from a covering index instead
-- of looking each row up by its key.
CREATE INDEX registration_by_activity_place ON registration (activity_id, municipality, date, location_id);
CREATE INDEX registration_month_by_month ON registration_month (month, municipality, registrations, participants, sessions);
