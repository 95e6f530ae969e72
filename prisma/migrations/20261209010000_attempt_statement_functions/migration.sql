-- The app's hottest statements (open, read, close an attempt; count an unreadable answer) as
-- functions: one call is one round trip in its own transaction, the school for row-level security
-- set inside it, and PL/pgSQL keeps each statement's plan for the session. Sent as literals in a
-- BEGIN; set_config; …; COMMIT message before, every call was planned again over the partitions
-- and the policies: ≈ 0.5 ms of PostgreSQL CPU per statement, 5 × the call (bench/submit.ts).
-- SECURITY INVOKER (the default): the caller's row-level security applies unchanged; a school set
-- here ends with the call's transaction (set_config(…, true)).

CREATE FUNCTION attempt_open(p_school uuid, p_pupil varchar, p_template varchar, p_version int, p_seed int,
                             p_topic varchar, p_difficulty smallint, p_assignment uuid, p_ttl_ms int)
RETURNS TABLE (id uuid, started_at timestamptz, expires_at timestamptz)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('app.school_id', p_school::text, true);
  RETURN QUERY
    WITH opened AS (
      INSERT INTO public.attempts AS a (id, school_id, pupil_id, template_id, template_version, seed, topic,
                                        difficulty, assignment_id, started_at, expires_at)
      VALUES (gen_random_uuid(), p_school, p_pupil, p_template, p_version, p_seed, p_topic, p_difficulty,
              p_assignment, now()::timestamptz(3), now()::timestamptz(3) + p_ttl_ms * interval '1 millisecond')
      RETURNING a.id, a.started_at, a.expires_at)
    SELECT o.id, o.started_at::timestamptz, o.expires_at::timestamptz FROM opened o;
END $$;

-- The pupil's attempt as stored (no row when it is not this pupil's or not in the school).
CREATE FUNCTION attempt_read(p_school uuid, p_attempt uuid, p_pupil varchar)
RETURNS TABLE (template_id varchar, template_version int, seed int, submitted_at timestamptz, is_expired boolean,
               duration_ms int, active_ms int, result varchar, normalized_answer varchar)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('app.school_id', p_school::text, true);
  RETURN QUERY
    SELECT a.template_id, a.template_version, a.seed, a.submitted_at::timestamptz, a.expires_at <= now(),
           a.duration_ms, a.active_ms, a.result, a.normalized_answer
      FROM public.attempts a WHERE a.id = p_attempt AND a.pupil_id = p_pupil;
END $$;

-- Closes the attempt when it is still open and unexpired (no row otherwise: of two racing closes
-- one updates the row). An open attempt expires 30 minutes after it started, so one still open
-- started within the last week: the bound prunes to this month's partition (and last month's).
-- The live class overview hears of it at commit (NOTIFY attempt_closed, app/learning/attempt-feed.ts).
CREATE FUNCTION attempt_close(p_school uuid, p_attempt uuid, p_pupil varchar, p_result varchar,
                              p_normalized_answer varchar, p_active_ms int)
RETURNS TABLE (template_id varchar, template_version int, seed int, submitted_at timestamptz, is_expired boolean,
               duration_ms int, active_ms int, result varchar, normalized_answer varchar)
LANGUAGE plpgsql AS $$
DECLARE
  closed public.attempts;
BEGIN
  PERFORM set_config('app.school_id', p_school::text, true);
  UPDATE public.attempts a
     SET submitted_at = now()::timestamptz(3),
         duration_ms = greatest(0, round(extract(epoch FROM now()::timestamptz(3) - a.started_at) * 1000))::int,
         active_ms = least(p_active_ms,
                           greatest(0, round(extract(epoch FROM now()::timestamptz(3) - a.started_at) * 1000))::int),
         result = p_result, normalized_answer = p_normalized_answer
   WHERE a.id = p_attempt AND a.pupil_id = p_pupil AND a.submitted_at IS NULL AND a.expires_at > now()
     AND a.started_at BETWEEN now() - interval '7 days' AND now()
  RETURNING a.* INTO closed;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM pg_notify('attempt_closed', json_build_object(
    'schoolId', closed.school_id, 'pupilId', closed.pupil_id, 'topic', closed.topic, 'result', closed.result,
    'classIds', (SELECT coalesce(json_agg(p.class_id), '[]')
                   FROM public.class_pupils p WHERE p.school_id = closed.school_id AND p.pupil_id = closed.pupil_id)
  )::text);
  RETURN QUERY SELECT closed.template_id, closed.template_version, closed.seed, closed.submitted_at::timestamptz,
                      closed.expires_at <= now(), closed.duration_ms, closed.active_ms, closed.result,
                      closed.normalized_answer;
END $$;

-- An answer that could not be read: counted, the attempt stays open. No row when it is not open.
CREATE FUNCTION attempt_count_unreadable(p_school uuid, p_attempt uuid, p_pupil varchar)
RETURNS TABLE (id uuid)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('app.school_id', p_school::text, true);
  RETURN QUERY
    WITH counted AS (
      UPDATE public.attempts a SET unreadable_tries = a.unreadable_tries + 1
       WHERE a.id = p_attempt AND a.pupil_id = p_pupil AND a.submitted_at IS NULL AND a.expires_at > now()
         AND a.started_at BETWEEN now() - interval '7 days' AND now()
      RETURNING a.id)
    SELECT c.id FROM counted c;
END $$;

REVOKE ALL ON FUNCTION attempt_open(uuid, varchar, varchar, int, int, varchar, smallint, uuid, int),
                       attempt_read(uuid, uuid, varchar),
                       attempt_close(uuid, uuid, varchar, varchar, varchar, int),
                       attempt_count_unreadable(uuid, uuid, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION attempt_open(uuid, varchar, varchar, int, int, varchar, smallint, uuid, int),
                          attempt_read(uuid, uuid, varchar),
                          attempt_close(uuid, uuid, varchar, varchar, varchar, int),
                          attempt_count_unreadable(uuid, uuid, varchar) TO schulid_school_access, schulid_platform_access;
