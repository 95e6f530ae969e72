-- The privacy notice names the school as controller and its data protection officer (entered by
-- the school admin). Table-level grants on schools cover the new columns.
-- AlterTable
ALTER TABLE "schools" ADD COLUMN     "controller_contact" VARCHAR(500),
ADD COLUMN     "dpo_contact" VARCHAR(300),
ADD COLUMN     "dpo_name" VARCHAR(200);

