-- CreateTable
CREATE TABLE "classes" (
    "id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "grade" SMALLINT NOT NULL,
    "school_year" VARCHAR(9) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "classes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "class_teachers" (
    "class_id" UUID NOT NULL,
    "teacher_id" VARCHAR(64) NOT NULL,
    "school_id" UUID NOT NULL,

    CONSTRAINT "class_teachers_pkey" PRIMARY KEY ("class_id","teacher_id")
);

-- CreateTable
CREATE TABLE "class_pupils" (
    "class_id" UUID NOT NULL,
    "pupil_id" VARCHAR(64) NOT NULL,
    "school_id" UUID NOT NULL,
    "username" VARCHAR(64) NOT NULL,

    CONSTRAINT "class_pupils_pkey" PRIMARY KEY ("class_id","pupil_id")
);

-- CreateIndex
CREATE INDEX "classes_school_id_idx" ON "classes"("school_id");

-- CreateIndex
CREATE INDEX "class_teachers_school_id_teacher_id_idx" ON "class_teachers"("school_id", "teacher_id");

-- CreateIndex
CREATE INDEX "class_pupils_school_id_pupil_id_idx" ON "class_pupils"("school_id", "pupil_id");

-- AddForeignKey
ALTER TABLE "classes" ADD CONSTRAINT "classes_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "class_teachers" ADD CONSTRAINT "class_teachers_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "class_pupils" ADD CONSTRAINT "class_pupils_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE classes ADD CONSTRAINT classes_grade CHECK (grade BETWEEN 1 AND 13);
GRANT SELECT, INSERT, UPDATE, DELETE ON classes, class_teachers, class_pupils TO schulid_school_access, schulid_platform_access;
ALTER TABLE classes ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON classes TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON classes TO schulid_platform_access USING (true) WITH CHECK (true);
ALTER TABLE class_teachers ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON class_teachers TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON class_teachers TO schulid_platform_access USING (true) WITH CHECK (true);
ALTER TABLE class_pupils ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON class_pupils TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON class_pupils TO schulid_platform_access USING (true) WITH CHECK (true);
