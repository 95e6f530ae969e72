-- An unreadable answer no longer closes the attempt: the pupil tries again, and the attempt
-- counts the unreadable tries before the answer that was recorded.
ALTER TABLE "attempts" ADD COLUMN "unreadable_tries" SMALLINT NOT NULL DEFAULT 0;
