-- CreateTable
CREATE TABLE "frozen_accounts" (
    "user_id" VARCHAR(64) NOT NULL,
    "school_id" UUID NOT NULL,
    "frozen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "frozen_by" VARCHAR(64) NOT NULL,

    CONSTRAINT "frozen_accounts_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "frozen_accounts_school_id_idx" ON "frozen_accounts"("school_id");

-- AddForeignKey
ALTER TABLE "frozen_accounts" ADD CONSTRAINT "frozen_accounts_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security as on binned_accounts: a school sees its own freezes; the platform role (the
-- research export, the retention job) sees every school's.
GRANT SELECT, INSERT, UPDATE, DELETE ON frozen_accounts TO schulid_school_access, schulid_platform_access;
ALTER TABLE frozen_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON frozen_accounts TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON frozen_accounts TO schulid_platform_access USING (true) WITH CHECK (true);
