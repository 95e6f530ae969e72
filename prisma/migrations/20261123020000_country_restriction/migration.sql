-- AlterTable
ALTER TABLE "schools" ADD COLUMN     "is_private_address_login_allowed" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "is_unknown_country_login_allowed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "user_login_countries" (
    "user_id" VARCHAR(64) NOT NULL,
    "school_id" UUID,
    "countries" CHAR(2)[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_login_countries_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "school_role_login_countries" (
    "school_id" UUID NOT NULL,
    "role" VARCHAR(32) NOT NULL,
    "countries" CHAR(2)[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "school_role_login_countries_pkey" PRIMARY KEY ("school_id","role")
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" UUID NOT NULL,
    "school_id" UUID,
    "user_id" VARCHAR(64) NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "country" CHAR(2),
    "is_allowed" BOOLEAN NOT NULL,
    "reason" VARCHAR(64) NOT NULL,
    "ip_truncated" VARCHAR(64) NOT NULL,
    "client_id" VARCHAR(100),

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_messages" (
    "id" UUID NOT NULL,
    "user_id" VARCHAR(64) NOT NULL,
    "school_id" UUID,
    "kind" VARCHAR(32) NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "user_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_login_countries_seen" (
    "user_id" VARCHAR(64) NOT NULL,
    "country" CHAR(2) NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_login_countries_seen_pkey" PRIMARY KEY ("user_id","country")
);

-- CreateIndex
CREATE INDEX "user_login_countries_school_id_idx" ON "user_login_countries"("school_id");

-- CreateIndex
CREATE INDEX "login_attempts_school_id_occurred_at_idx" ON "login_attempts"("school_id", "occurred_at");

-- CreateIndex
CREATE INDEX "login_attempts_user_id_occurred_at_idx" ON "login_attempts"("user_id", "occurred_at");

-- CreateIndex
CREATE INDEX "login_attempts_occurred_at_idx" ON "login_attempts"("occurred_at");

-- CreateIndex
CREATE INDEX "user_messages_user_id_created_at_idx" ON "user_messages"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "user_messages_created_at_idx" ON "user_messages"("created_at");

-- AddForeignKey
ALTER TABLE "user_login_countries" ADD CONSTRAINT "user_login_countries_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_role_login_countries" ADD CONSTRAINT "school_role_login_countries_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_messages" ADD CONSTRAINT "user_messages_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security for the school-scoped tables of the country restriction. Rows of users of no
-- school (school_id NULL: researchers) are reached only through the platform role.
GRANT SELECT, INSERT, UPDATE, DELETE ON user_login_countries, school_role_login_countries TO schulid_school_access;
GRANT SELECT ON login_attempts TO schulid_school_access;
GRANT SELECT, UPDATE ON user_messages TO schulid_school_access;
GRANT SELECT, INSERT, UPDATE, DELETE ON user_login_countries, school_role_login_countries, login_attempts,
  user_messages, user_login_countries_seen TO schulid_platform_access;

ALTER TABLE user_login_countries ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON user_login_countries TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON user_login_countries TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE school_role_login_countries ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON school_role_login_countries TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON school_role_login_countries TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE login_attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON login_attempts TO schulid_school_access USING (school_id = app_current_school());
CREATE POLICY platform_access ON login_attempts TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE user_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON user_messages TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON user_messages TO schulid_platform_access USING (true) WITH CHECK (true);

-- Seen countries hold no school: platform role only (the decision endpoint).
ALTER TABLE user_login_countries_seen ENABLE ROW LEVEL SECURITY;
CREATE POLICY platform_access ON user_login_countries_seen TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE user_login_countries ADD CONSTRAINT user_login_countries_codes CHECK (array_position(countries, NULL) IS NULL);
ALTER TABLE school_role_login_countries ADD CONSTRAINT school_role_login_countries_role
  CHECK (role IN ('pupil', 'teacher', 'school-admin', 'researcher'));
