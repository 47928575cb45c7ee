-- A review imported from an SSDA903 return comes without what was done around it (the report, the record, the
-- letter): its deadlines are not recorded, neither met nor missed, until someone records one of those dates.
ALTER TABLE review ADD COLUMN follow_up_recorded BOOLEAN DEFAULT TRUE NOT NULL;
