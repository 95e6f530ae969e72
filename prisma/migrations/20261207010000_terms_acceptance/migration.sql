-- Optional per school: the school's accounts confirm its terms of use at their next login.
-- Table-level grants on schools cover the new column.
-- AlterTable
ALTER TABLE "schools" ADD COLUMN     "is_terms_acceptance_required" BOOLEAN NOT NULL DEFAULT false;
