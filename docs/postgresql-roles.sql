-- The database roles the Independent Reviewing Service expects on PostgreSQL (docs/security.md, "Audit trail and
-- access log"): one role owns the schema and is used only to migrate it; the service runs as another that owns
-- nothing, so it can neither drop the audit trail's guards nor change or remove what the trails hold.
--
--   iro_owner    owns the database and every table; Flyway migrates as it (FLYWAY_USER / FLYWAY_PASSWORD, and
--                FLYWAY_URL when it connects otherwise than DATASOURCES_DEFAULT_URL).
--   iro_service  the service's own (DATASOURCES_DEFAULT_USERNAME / _PASSWORD): reads and writes the records, and
--                only INSERT and SELECT on audit_event and access_log.
--
-- Rename them as you like (DatabaseRolesTest runs part 2 with names of its own). Part 1 as a superuser;
-- part 2 as iro_owner, connected to the service's database, before the service first starts (or at any time after:
-- it grants on what exists and on what later migrations create).

-- == 1. As a superuser ==
CREATE ROLE iro_owner LOGIN PASSWORD 'change-me-owner';
CREATE ROLE iro_service LOGIN PASSWORD 'change-me-service';
CREATE DATABASE iro OWNER iro_owner;
REVOKE ALL ON DATABASE iro FROM PUBLIC;
GRANT CONNECT ON DATABASE iro TO iro_service;

-- == 2. As iro_owner, in the database iro ==
-- PostgreSQL 15 and later let only the database's owner create in the public schema; before 15 everyone could.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO iro_service;

-- Every table and sequence Flyway creates from now on: the service reads and writes records and takes ids.
ALTER DEFAULT PRIVILEGES FOR ROLE iro_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO iro_service;
ALTER DEFAULT PRIVILEGES FOR ROLE iro_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO iro_service;

-- What already exists, when the service ran as one role before.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO iro_service;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO iro_service;

-- The audit trail and the access log: added to and read, never changed, removed or emptied. Migration V62 does the
-- same for every role but the owner when it runs; this covers a database migrated before this script. Neither table
-- exists before the first migration, hence the check. (The schema history is the owner's alone: the service never
-- runs Flyway as itself.)
DO $$
BEGIN
    IF to_regclass('audit_event') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON audit_event FROM iro_service;
    END IF;
    IF to_regclass('access_log') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON access_log FROM iro_service;
    END IF;
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        REVOKE ALL ON flyway_schema_history FROM iro_service;
    END IF;
END
$$;

-- Then start the service with
--   DATASOURCES_DEFAULT_URL=jdbc:postgresql://HOST:5432/iro
--   DATASOURCES_DEFAULT_USERNAME=iro_service   DATASOURCES_DEFAULT_PASSWORD=…
--   FLYWAY_USER=iro_owner                      FLYWAY_PASSWORD=…
-- What this gives, checked by DatabaseRolesTest on a real PostgreSQL: as iro_service, UPDATE, DELETE and TRUNCATE of
-- audit_event and access_log are refused ("permission denied"), and so are DROP TRIGGER, ALTER TABLE … DISABLE
-- TRIGGER and DROP TABLE (only the owner may); as iro_owner, the triggers still refuse UPDATE, DELETE and TRUNCATE.
-- Removing old entries at the end of their retention period is a deliberate act of the owner, outside the service.
