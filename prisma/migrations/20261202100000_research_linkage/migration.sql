-- AlterTable
ALTER TABLE "studies" ADD COLUMN     "duration_precision_ms" INTEGER NOT NULL DEFAULT 1000,
ADD COLUMN     "linkage_threshold_percent" SMALLINT NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "study_export_rows" (
    "export_id" UUID NOT NULL,
    "attempt_id" UUID NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "active_ms" INTEGER,

    CONSTRAINT "study_export_rows_pkey" PRIMARY KEY ("export_id","attempt_id")
);

-- CreateIndex
CREATE INDEX "study_export_rows_attempt_id_idx" ON "study_export_rows"("attempt_id");

-- AddForeignKey
ALTER TABLE "study_export_rows" ADD CONSTRAINT "study_export_rows_export_id_fkey" FOREIGN KEY ("export_id") REFERENCES "study_exports"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Platform work only: schools never read which attempts an export released.
GRANT SELECT, INSERT, DELETE ON study_export_rows TO schulid_platform_access;
ALTER TABLE study_export_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY platform_access ON study_export_rows TO schulid_platform_access USING (true) WITH CHECK (true);
