-- AlterTable
ALTER TABLE "schools" ADD COLUMN     "inactivity_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "inactivity_months" SMALLINT DEFAULT 12;

-- CreateTable
CREATE TABLE "account_activity" (
    "user_id" VARCHAR(64) NOT NULL,
    "school_id" UUID NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMPTZ(3),
    "restored_at" TIMESTAMPTZ(3),

    CONSTRAINT "account_activity_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "account_activity_school_id_idx" ON "account_activity"("school_id");

-- AddForeignKey
ALTER TABLE "account_activity" ADD CONSTRAINT "account_activity_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Inactivity: a period of 3 to 60 months, or null (off).
ALTER TABLE schools ADD CONSTRAINT schools_inactivity_months CHECK (inactivity_months BETWEEN 3 AND 60);
ALTER TABLE account_activity ADD CONSTRAINT account_activity_kind CHECK (kind IN ('pupil', 'teacher'));

-- Row-level security as on binned_accounts: a school sees its own accounts' activity; the platform
-- role (the login callback, the hourly inactivity job) sees every school's.
GRANT SELECT, INSERT, UPDATE, DELETE ON account_activity TO schulid_school_access, schulid_platform_access;
ALTER TABLE account_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON account_activity TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON account_activity TO schulid_platform_access USING (true) WITH CHECK (true);

-- Pupils of existing classes, counted from now: the date they were made is not known, and nobody
-- goes into the bin sooner than a full period after this migration. Staff accounts (in Keycloak
-- only) get their row at their next login.
INSERT INTO account_activity (user_id, school_id, kind)
SELECT DISTINCT ON (pupil_id) pupil_id, school_id, 'pupil' FROM class_pupils
ON CONFLICT (user_id) DO NOTHING;
