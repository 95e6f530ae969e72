-- attempt_close and attempt_close_many again, with two fixes:
-- - A submit without active time (the page could not measure it) stores none: least(NULL, x) is x
--   in PostgreSQL, so they stored the whole duration as active time.
-- - The attempt_closed notification names the attempt: PostgreSQL delivers identical payloads
--   sent in one transaction once, so two closes of one pupil's attempts of the same topic and
--   result in one group reached the live overview as one.

CREATE OR REPLACE FUNCTION attempt_close(p_school uuid, p_attempt uuid, p_pupil varchar, p_result varchar,
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
         active_ms = CASE WHEN p_active_ms IS NOT NULL THEN least(p_active_ms,
                           greatest(0, round(extract(epoch FROM now()::timestamptz(3) - a.started_at) * 1000))::int) END,
         result = p_result, normalized_answer = p_normalized_answer
   WHERE a.id = p_attempt AND a.pupil_id = p_pupil AND a.submitted_at IS NULL AND a.expires_at > now()
     AND a.started_at BETWEEN now() - interval '7 days' AND now()
  RETURNING a.* INTO closed;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM pg_notify('attempt_closed', json_build_object(
    'attemptId', closed.id, 'schoolId', closed.school_id, 'pupilId', closed.pupil_id, 'topic', closed.topic,
    'result', closed.result,
    'classIds', (SELECT coalesce(json_agg(p.class_id), '[]')
                   FROM public.class_pupils p WHERE p.school_id = closed.school_id AND p.pupil_id = closed.pupil_id)
  )::text);
  RETURN QUERY SELECT closed.template_id, closed.template_version, closed.seed, closed.submitted_at::timestamptz,
                      closed.expires_at <= now(), closed.duration_ms, closed.active_ms, closed.result,
                      closed.normalized_answer;
END $$;

CREATE OR REPLACE FUNCTION attempt_close_many(p_schools uuid[], p_attempts uuid[], p_pupils varchar[], p_results varchar[],
                                   p_normalized_answers varchar[], p_active_ms int[])
RETURNS TABLE (ordinal int, template_id varchar, template_version int, seed int, submitted_at timestamptz,
               is_expired boolean, duration_ms int, active_ms int, result varchar, normalized_answer varchar)
LANGUAGE plpgsql AS $$
DECLARE
  closed public.attempts;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_attempts, 1), 0) LOOP
    PERFORM set_config('app.school_id', p_schools[i]::text, true);
    UPDATE public.attempts a
       SET submitted_at = now()::timestamptz(3),
           duration_ms = greatest(0, round(extract(epoch FROM now()::timestamptz(3) - a.started_at) * 1000))::int,
           active_ms = CASE WHEN p_active_ms[i] IS NOT NULL THEN least(p_active_ms[i],
                             greatest(0, round(extract(epoch FROM now()::timestamptz(3) - a.started_at) * 1000))::int) END,
           result = p_results[i], normalized_answer = p_normalized_answers[i]
     WHERE a.id = p_attempts[i] AND a.pupil_id = p_pupils[i] AND a.submitted_at IS NULL AND a.expires_at > now()
       AND a.started_at BETWEEN now() - interval '7 days' AND now()
    RETURNING a.* INTO closed;
    CONTINUE WHEN NOT FOUND;
    PERFORM pg_notify('attempt_closed', json_build_object(
      'attemptId', closed.id, 'schoolId', closed.school_id, 'pupilId', closed.pupil_id, 'topic', closed.topic,
    'result', closed.result,
      'classIds', (SELECT coalesce(json_agg(p.class_id), '[]')
                     FROM public.class_pupils p WHERE p.school_id = closed.school_id AND p.pupil_id = closed.pupil_id)
    )::text);
    ordinal := i;
    template_id := closed.template_id;
    template_version := closed.template_version;
    seed := closed.seed;
    submitted_at := closed.submitted_at;
    is_expired := closed.expires_at <= now();
    duration_ms := closed.duration_ms;
    active_ms := closed.active_ms;
    result := closed.result;
    normalized_answer := closed.normalized_answer;
    RETURN NEXT;
  END LOOP;
  -- The school of the last close does not outlive the call's transaction (set_config(…, true)).
END $$;
