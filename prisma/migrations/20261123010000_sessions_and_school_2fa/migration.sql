-- AlterTable
ALTER TABLE "schools" ADD COLUMN     "is_two_factor_required_for_all" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "app_sessions" (
    "id" CHAR(64) NOT NULL,
    "data" TEXT NOT NULL,
    "user_id" VARCHAR(64),
    "keycloak_sid" VARCHAR(64),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "app_sessions_keycloak_sid_idx" ON "app_sessions"("keycloak_sid");

-- CreateIndex
CREATE INDEX "app_sessions_user_id_idx" ON "app_sessions"("user_id");

-- CreateIndex
CREATE INDEX "app_sessions_expires_at_idx" ON "app_sessions"("expires_at");


-- Sessions are read before any school is known, so they are not school-scoped (no RLS); only the
-- app's and the platform's roles may touch them.
GRANT SELECT, INSERT, UPDATE, DELETE ON app_sessions TO schulid_school_access, schulid_platform_access;
