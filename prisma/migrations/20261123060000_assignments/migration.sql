-- AlterTable
ALTER TABLE "attempts" ADD COLUMN     "assignment_id" UUID;

-- CreateTable
CREATE TABLE "assignments" (
    "id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "class_id" UUID NOT NULL,
    "topic" VARCHAR(64) NOT NULL,
    "template_id" VARCHAR(64),
    "due_at" TIMESTAMPTZ(3),
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assignments_school_id_class_id_idx" ON "assignments"("school_id", "class_id");

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;


GRANT SELECT, INSERT, UPDATE, DELETE ON assignments TO schulid_school_access, schulid_platform_access;
ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON assignments TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON assignments TO schulid_platform_access USING (true) WITH CHECK (true);
