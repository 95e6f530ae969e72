-- CreateTable
CREATE TABLE "binned_accounts" (
    "user_id" VARCHAR(64) NOT NULL,
    "school_id" UUID NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "binned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "binned_by" VARCHAR(64),
    "class_ids" UUID[],

    CONSTRAINT "binned_accounts_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "binned_accounts_school_id_idx" ON "binned_accounts"("school_id");

-- CreateIndex
CREATE INDEX "binned_accounts_binned_at_idx" ON "binned_accounts"("binned_at");

-- AddForeignKey
ALTER TABLE "binned_accounts" ADD CONSTRAINT "binned_accounts_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE binned_accounts ADD CONSTRAINT binned_accounts_kind CHECK (kind IN ('pupil', 'teacher'));
ALTER TABLE binned_accounts ADD CONSTRAINT binned_accounts_reason CHECK (reason IN ('deleted', 'inactive'));
GRANT SELECT, INSERT, UPDATE, DELETE ON binned_accounts TO schulid_school_access, schulid_platform_access;
ALTER TABLE binned_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON binned_accounts TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON binned_accounts TO schulid_platform_access USING (true) WITH CHECK (true);
