-- Indexes for statistics at a million registrations (measured with bench/stats.sh):
-- the distinct places of per-location activities are read from the index alone, and
-- the overview reads one year of the monthly sums without scanning all years.
CREATE INDEX registration_by_activity_place ON registration (activity_id, municipality, date, location_id);
CREATE INDEX registration_month_by_month ON registration_month (month, municipality);
