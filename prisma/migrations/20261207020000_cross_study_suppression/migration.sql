-- What an export left out by its study-wide suppression: no other study's export releases it.
-- CreateTable
CREATE TABLE "study_export_suppressed" (
    "export_id" UUID NOT NULL,
    "attempt_id" UUID NOT NULL,

    CONSTRAINT "study_export_suppressed_pkey" PRIMARY KEY ("export_id","attempt_id")
);

-- CreateIndex
CREATE INDEX "study_export_suppressed_attempt_id_idx" ON "study_export_suppressed"("attempt_id");

-- AddForeignKey
ALTER TABLE "study_export_suppressed" ADD CONSTRAINT "study_export_suppressed_export_id_fkey" FOREIGN KEY ("export_id") REFERENCES "study_exports"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Platform work only, as study_export_rows: schools never read which attempts an export left out.
GRANT SELECT, INSERT, DELETE ON study_export_suppressed TO schulid_platform_access;
ALTER TABLE study_export_suppressed ENABLE ROW LEVEL SECURITY;
CREATE POLICY platform_access ON study_export_suppressed TO schulid_platform_access USING (true) WITH CHECK (true);
