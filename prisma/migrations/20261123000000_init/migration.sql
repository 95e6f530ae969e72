-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "schools" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(63) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "schools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "actor_id" VARCHAR(64),
    "action" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(64) NOT NULL,
    "target_id" VARCHAR(64),
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" VARCHAR(200) NOT NULL,
    "window_end" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "schools_slug_key" ON "schools"("slug");

-- CreateIndex
CREATE INDEX "audit_events_school_id_created_at_idx" ON "audit_events"("school_id", "created_at");

-- CreateIndex
CREATE INDEX "rate_limit_counters_window_end_idx" ON "rate_limit_counters"("window_end");

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Row-level security (hand-written: Prisma does not model roles or policies).
--
-- Two group roles, created here so that `prisma migrate deploy` on any host sets them up:
--   schulid_school_access    what the app's login role is a member of. It sees and changes only
--                            the rows of the school named in the transaction-local setting
--                            app.school_id; with no school set it sees nothing (deny by default).
--   schulid_platform_access  platform-wide work (retention jobs, research exports): every school,
--                            through an explicit, separate login role.
-- The tables are owned by the migration role, so neither group can alter or disable the policies.
-- ---------------------------------------------------------------------------------------------
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'schulid_school_access') THEN
    CREATE ROLE schulid_school_access NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'schulid_platform_access') THEN
    CREATE ROLE schulid_platform_access NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;

-- The school of the current transaction, or NULL when none is set (then no row matches).
CREATE FUNCTION app_current_school() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.school_id', true), '')::uuid $$;

GRANT USAGE ON SCHEMA public TO schulid_school_access, schulid_platform_access;
GRANT EXECUTE ON FUNCTION app_current_school() TO schulid_school_access, schulid_platform_access;

-- Schools: the app reads and updates its own school; creating schools is platform work.
GRANT SELECT, UPDATE ON schools TO schulid_school_access;
GRANT SELECT, INSERT, UPDATE, DELETE ON schools TO schulid_platform_access;
ALTER TABLE schools ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON schools TO schulid_school_access
  USING (id = app_current_school()) WITH CHECK (id = app_current_school());
CREATE POLICY platform_access ON schools TO schulid_platform_access USING (true) WITH CHECK (true);

-- Audit events: append-only for the app.
GRANT SELECT, INSERT ON audit_events TO schulid_school_access;
GRANT SELECT, INSERT, DELETE ON audit_events TO schulid_platform_access;
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON audit_events TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON audit_events TO schulid_platform_access USING (true) WITH CHECK (true);

-- Rate-limit counters are platform-wide (keyed by hashed client address), so no RLS.
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_counters TO schulid_school_access, schulid_platform_access;
