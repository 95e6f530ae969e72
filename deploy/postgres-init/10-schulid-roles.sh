#!/usr/bin/env bash
# Runs once, when the production PostgreSQL container initialises its data directory. Creates the
# login roles and databases (passwords from the environment) that scripts/postgres.sh creates
# locally: migrator (owns the tables), app (no RLS bypass), platform, keycloak.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE schulid_migrator LOGIN CREATEROLE PASSWORD '${PG_MIGRATOR_PASSWORD}';
CREATE ROLE schulid_app LOGIN NOBYPASSRLS PASSWORD '${PG_APP_PASSWORD}';
CREATE ROLE schulid_platform LOGIN NOBYPASSRLS PASSWORD '${PG_PLATFORM_PASSWORD}';
CREATE ROLE keycloak LOGIN PASSWORD '${PG_KEYCLOAK_PASSWORD}';
CREATE ROLE schulid_school_access NOLOGIN NOBYPASSRLS;
CREATE ROLE schulid_platform_access NOLOGIN NOBYPASSRLS;
GRANT schulid_school_access TO schulid_app;
GRANT schulid_platform_access TO schulid_platform;
CREATE DATABASE schulid OWNER schulid_migrator;
CREATE DATABASE keycloak OWNER keycloak;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname schulid \
  -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC; ALTER SCHEMA public OWNER TO schulid_migrator;"
