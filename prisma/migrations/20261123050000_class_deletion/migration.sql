-- AlterTable
ALTER TABLE "classes" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3);

