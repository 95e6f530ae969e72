-- attempts partitioned by month of started_at (docs/capacity-model.md): a federal state adds
-- ≈ 4 billion attempts a year, and old months leave by DROP of their partition, not by DELETE.
-- The primary key must hold the partition key: (id, started_at). Lookups by id alone still work
-- (an index probe per partition); the hot paths add a started_at bound and prune to one or two.
-- attempts_default catches rows outside the monthly partitions (data from before this migration,
-- rows written with an explicit old started_at); the functions below keep it small.

ALTER TABLE attempts RENAME TO attempts_unpartitioned;
ALTER TABLE attempts_unpartitioned RENAME CONSTRAINT attempts_pkey TO attempts_unpartitioned_pkey;
ALTER INDEX attempts_school_id_pupil_id_started_at_idx RENAME TO attempts_unpartitioned_pupil_idx;
ALTER INDEX attempts_school_id_topic_idx RENAME TO attempts_unpartitioned_topic_idx;
ALTER TABLE attempts_unpartitioned RENAME CONSTRAINT attempts_school_id_fkey TO attempts_unpartitioned_school_fkey;

CREATE TABLE attempts (LIKE attempts_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY RANGE (started_at);
ALTER TABLE attempts ADD CONSTRAINT attempts_pkey PRIMARY KEY (id, started_at);
CREATE INDEX "attempts_school_id_pupil_id_started_at_idx" ON attempts (school_id, pupil_id, started_at);
CREATE INDEX "attempts_school_id_topic_idx" ON attempts (school_id, topic);
ALTER TABLE attempts ADD CONSTRAINT "attempts_school_id_fkey" FOREIGN KEY (school_id) REFERENCES schools (id)
  ON DELETE CASCADE ON UPDATE CASCADE;
CREATE TABLE attempts_default PARTITION OF attempts DEFAULT;

-- The month's partition (attempts_YYYY_MM), created if missing; rows of that month waiting in the
-- default partition move into it. Runs as the tables' owner (the migrator), so the job's role
-- needs no right to create tables.
CREATE FUNCTION attempts_ensure_month(month_start date) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  first timestamptz := date_trunc('month', month_start::timestamp) AT TIME ZONE 'UTC';
  next timestamptz := (date_trunc('month', month_start::timestamp) + interval '1 month') AT TIME ZONE 'UTC';
  name text := format('attempts_%s', to_char(month_start, 'YYYY_MM'));
BEGIN
  IF to_regclass(name) IS NOT NULL THEN RETURN; END IF;
  EXECUTE format('CREATE TABLE %I (LIKE attempts INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
  EXECUTE format('INSERT INTO %I SELECT * FROM attempts_default WHERE started_at >= $1 AND started_at < $2', name)
    USING first, next;
  DELETE FROM attempts_default WHERE started_at >= first AND started_at < next;
  EXECUTE format('ALTER TABLE attempts ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', name, first, next);
END $$;

-- This month's partition and the next `ahead` months'.
CREATE FUNCTION attempts_ensure_months(ahead int) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  FOR i IN 0..ahead LOOP
    PERFORM attempts_ensure_month((date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => i))::date);
  END LOOP;
END $$;

-- Retention: every month before `cutoff` (a month start) goes, whole partitions by DROP; older
-- rows in the default partition by DELETE. Returns the partitions dropped.
CREATE FUNCTION attempts_drop_months_before(cutoff date) RETURNS int
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  part record;
  dropped int := 0;
  bound timestamptz := date_trunc('month', cutoff::timestamp) AT TIME ZONE 'UTC';
BEGIN
  FOR part IN
    SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'attempts'::regclass AND c.relname ~ '^attempts_[0-9]{4}_[0-9]{2}$'
       AND to_date(substr(c.relname, 10), 'YYYY_MM') < cutoff
  LOOP
    EXECUTE format('DROP TABLE %I', part.relname);
    dropped := dropped + 1;
  END LOOP;
  DELETE FROM attempts_default WHERE started_at < bound;
  RETURN dropped;
END $$;

REVOKE ALL ON FUNCTION attempts_ensure_month(date), attempts_ensure_months(int), attempts_drop_months_before(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION attempts_ensure_months(int), attempts_drop_months_before(date) TO schulid_platform_access;

SELECT attempts_ensure_months(3);
INSERT INTO attempts SELECT * FROM attempts_unpartitioned;
DROP TABLE attempts_unpartitioned;

GRANT SELECT, INSERT, UPDATE ON attempts TO schulid_school_access;
GRANT SELECT, INSERT, UPDATE, DELETE ON attempts TO schulid_platform_access;
ALTER TABLE attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON attempts TO schulid_school_access
  USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
CREATE POLICY platform_access ON attempts TO schulid_platform_access USING (true) WITH CHECK (true);
