-- CreateTable
CREATE TABLE "studies" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "purpose" VARCHAR(2000) NOT NULL,
    "range_from" DATE NOT NULL,
    "range_to" DATE NOT NULL,
    "min_group_size" SMALLINT NOT NULL DEFAULT 5,
    "time_coarsening" VARCHAR(20) NOT NULL DEFAULT 'day',
    "sealed_key" VARCHAR(200),
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "studies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "study_researchers" (
    "study_id" UUID NOT NULL,
    "researcher_id" VARCHAR(64) NOT NULL,

    CONSTRAINT "study_researchers_pkey" PRIMARY KEY ("study_id","researcher_id")
);

-- CreateTable
CREATE TABLE "study_schools" (
    "study_id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "is_opted_in" BOOLEAN NOT NULL DEFAULT false,
    "decided_by" VARCHAR(64),
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "study_schools_pkey" PRIMARY KEY ("study_id","school_id")
);

-- CreateTable
CREATE TABLE "research_objections" (
    "school_id" UUID NOT NULL,
    "pupil_id" VARCHAR(64) NOT NULL,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "research_objections_pkey" PRIMARY KEY ("school_id","pupil_id")
);

-- CreateTable
CREATE TABLE "study_exports" (
    "id" UUID NOT NULL,
    "study_id" UUID NOT NULL,
    "requested_by" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "options" JSONB NOT NULL,
    "rows_total" INTEGER,
    "rows_done" INTEGER NOT NULL DEFAULT 0,
    "heartbeat_at" TIMESTAMPTZ(3),
    "manifest" JSONB,
    "risk_report" JSONB,
    "problem" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "files_deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "study_exports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "study_export_classes" (
    "id" UUID NOT NULL,
    "export_id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "class_id" UUID,
    "rows" INTEGER NOT NULL,

    CONSTRAINT "study_export_classes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "study_revocations" (
    "study_id" UUID NOT NULL,
    "pseudonym" VARCHAR(40) NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "study_revocations_pkey" PRIMARY KEY ("study_id","pseudonym")
);

-- CreateIndex
CREATE INDEX "study_researchers_researcher_id_idx" ON "study_researchers"("researcher_id");

-- CreateIndex
CREATE INDEX "study_schools_school_id_idx" ON "study_schools"("school_id");

-- CreateIndex
CREATE INDEX "study_exports_study_id_created_at_idx" ON "study_exports"("study_id", "created_at");

-- CreateIndex
CREATE INDEX "study_exports_status_idx" ON "study_exports"("status");

-- CreateIndex
CREATE INDEX "study_export_classes_school_id_export_id_idx" ON "study_export_classes"("school_id", "export_id");

-- AddForeignKey
ALTER TABLE "study_researchers" ADD CONSTRAINT "study_researchers_study_id_fkey" FOREIGN KEY ("study_id") REFERENCES "studies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "study_schools" ADD CONSTRAINT "study_schools_study_id_fkey" FOREIGN KEY ("study_id") REFERENCES "studies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "study_schools" ADD CONSTRAINT "study_schools_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "research_objections" ADD CONSTRAINT "research_objections_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "study_exports" ADD CONSTRAINT "study_exports_study_id_fkey" FOREIGN KEY ("study_id") REFERENCES "studies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "study_export_classes" ADD CONSTRAINT "study_export_classes_export_id_fkey" FOREIGN KEY ("export_id") REFERENCES "study_exports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "study_revocations" ADD CONSTRAINT "study_revocations_study_id_fkey" FOREIGN KEY ("study_id") REFERENCES "studies"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Platform level: studies, their researchers, exports and revocations are platform work. Schools
-- read what concerns them (never a study key: column grants leave sealed_key out).
GRANT SELECT, INSERT, UPDATE, DELETE ON studies, study_researchers, study_schools, research_objections,
  study_exports, study_export_classes, study_revocations TO schulid_platform_access;

ALTER TABLE study_schools ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON study_schools TO schulid_school_access;
GRANT UPDATE (is_opted_in, decided_by, decided_at) ON study_schools TO schulid_school_access;
CREATE POLICY school_isolation ON study_schools TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON study_schools TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE studies ENABLE ROW LEVEL SECURITY;
GRANT SELECT (id, name, purpose, range_from, range_to, min_group_size, time_coarsening, created_at, ended_at) ON studies TO schulid_school_access;
CREATE POLICY school_isolation ON studies FOR SELECT TO schulid_school_access
  USING (EXISTS (SELECT 1 FROM study_schools s WHERE s.study_id = studies.id AND s.school_id = app_current_school()));
CREATE POLICY platform_access ON studies TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE research_objections ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, DELETE ON research_objections TO schulid_school_access;
CREATE POLICY school_isolation ON research_objections TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON research_objections TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE study_export_classes ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON study_export_classes TO schulid_school_access;
CREATE POLICY school_isolation ON study_export_classes FOR SELECT TO schulid_school_access
  USING (school_id = app_current_school());
CREATE POLICY platform_access ON study_export_classes TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE study_exports ENABLE ROW LEVEL SECURITY;
GRANT SELECT (id, study_id, status, created_at, finished_at) ON study_exports TO schulid_school_access;
CREATE POLICY school_isolation ON study_exports FOR SELECT TO schulid_school_access
  USING (EXISTS (SELECT 1 FROM study_export_classes c WHERE c.export_id = study_exports.id AND c.school_id = app_current_school()));
CREATE POLICY platform_access ON study_exports TO schulid_platform_access USING (true) WITH CHECK (true);

ALTER TABLE study_researchers ENABLE ROW LEVEL SECURITY;
CREATE POLICY platform_access ON study_researchers TO schulid_platform_access USING (true) WITH CHECK (true);
ALTER TABLE study_revocations ENABLE ROW LEVEL SECURITY;
CREATE POLICY platform_access ON study_revocations TO schulid_platform_access USING (true) WITH CHECK (true);
