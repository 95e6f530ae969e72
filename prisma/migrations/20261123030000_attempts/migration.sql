-- CreateTable
CREATE TABLE "attempts" (
    "id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "pupil_id" VARCHAR(64) NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "template_version" INTEGER NOT NULL,
    "seed" INTEGER NOT NULL,
    "topic" VARCHAR(64) NOT NULL,
    "difficulty" SMALLINT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "duration_ms" INTEGER,
    "active_ms" INTEGER,
    "result" VARCHAR(16),
    "normalized_answer" VARCHAR(64),

    CONSTRAINT "attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "attempts_school_id_pupil_id_started_at_idx" ON "attempts"("school_id", "pupil_id", "started_at");

-- CreateIndex
CREATE INDEX "attempts_school_id_topic_idx" ON "attempts"("school_id", "topic");

-- AddForeignKey
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE attempts ADD CONSTRAINT attempts_result CHECK (result IN ('correct', 'wrong', 'unreadable'));
ALTER TABLE attempts ADD CONSTRAINT attempts_active_within_duration CHECK (active_ms IS NULL OR (active_ms >= 0 AND active_ms <= duration_ms));

GRANT SELECT, INSERT, UPDATE ON attempts TO schulid_school_access;
GRANT SELECT, INSERT, UPDATE, DELETE ON attempts TO schulid_platform_access;
ALTER TABLE attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON attempts TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON attempts TO schulid_platform_access USING (true) WITH CHECK (true);
