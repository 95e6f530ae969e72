-- Group commit of opens and submits (bench/submit.ts): those that arrive while earlier ones are
-- on their way to the database go together, in one call, one round trip and one commit. Each is
-- attempt_open's or attempt_close's statement for its own school (set before it, so row-level
-- security checks every row against its own school); the call returns the rows by their position
-- in the arrays. All or nothing: an error in one rolls the call back (the app then sends them one
-- by one, app/lib/group-commit.ts).

CREATE FUNCTION attempt_open_many(p_schools uuid[], p_pupils varchar[], p_templates varchar[], p_versions int[],
                                  p_seeds int[], p_topics varchar[], p_difficulties smallint[], p_assignments uuid[],
                                  p_ttl_ms int[])
RETURNS TABLE (ordinal int, id uuid, started_at timestamptz, expires_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
  opened record;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_schools, 1), 0) LOOP
    PERFORM set_config('app.school_id', p_schools[i]::text, true);
    INSERT INTO public.attempts AS a (id, school_id, pupil_id, template_id, template_version, seed, topic,
                                      difficulty, assignment_id, started_at, expires_at)
    VALUES (gen_random_uuid(), p_schools[i], p_pupils[i], p_templates[i], p_versions[i], p_seeds[i], p_topics[i],
            p_difficulties[i], p_assignments[i], now()::timestamptz(3),
            now()::timestamptz(3) + p_ttl_ms[i] * interval '1 millisecond')
    RETURNING a.id, a.started_at, a.expires_at INTO opened;
    ordinal := i;
    id := opened.id;
    started_at := opened.started_at;
    expires_at := opened.expires_at;
    RETURN NEXT;
  END LOOP;
END $$;

CREATE FUNCTION attempt_close_many(p_schools uuid[], p_attempts uuid[], p_pupils varchar[], p_results varchar[],
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
           active_ms = least(p_active_ms[i],
                             greatest(0, round(extract(epoch FROM now()::timestamptz(3) - a.started_at) * 1000))::int),
           result = p_results[i], normalized_answer = p_normalized_answers[i]
     WHERE a.id = p_attempts[i] AND a.pupil_id = p_pupils[i] AND a.submitted_at IS NULL AND a.expires_at > now()
       AND a.started_at BETWEEN now() - interval '7 days' AND now()
    RETURNING a.* INTO closed;
    CONTINUE WHEN NOT FOUND;
    PERFORM pg_notify('attempt_closed', json_build_object(
      'schoolId', closed.school_id, 'pupilId', closed.pupil_id, 'topic', closed.topic, 'result', closed.result,
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

-- Reads of attempts (a submit to an instance that did not serve the task reads it first).
CREATE FUNCTION attempt_read_many(p_schools uuid[], p_attempts uuid[], p_pupils varchar[])
RETURNS TABLE (ordinal int, template_id varchar, template_version int, seed int, submitted_at timestamptz,
               is_expired boolean, duration_ms int, active_ms int, result varchar, normalized_answer varchar)
LANGUAGE plpgsql AS $$
DECLARE
  found_row public.attempts;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_attempts, 1), 0) LOOP
    PERFORM set_config('app.school_id', p_schools[i]::text, true);
    SELECT a.* INTO found_row FROM public.attempts a WHERE a.id = p_attempts[i] AND a.pupil_id = p_pupils[i];
    CONTINUE WHEN NOT FOUND;
    ordinal := i;
    template_id := found_row.template_id;
    template_version := found_row.template_version;
    seed := found_row.seed;
    submitted_at := found_row.submitted_at;
    is_expired := found_row.expires_at <= now();
    duration_ms := found_row.duration_ms;
    active_ms := found_row.active_ms;
    result := found_row.result;
    normalized_answer := found_row.normalized_answer;
    RETURN NEXT;
  END LOOP;
END $$;

REVOKE ALL ON FUNCTION attempt_read_many(uuid[], uuid[], varchar[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION attempt_read_many(uuid[], uuid[], varchar[]) TO schulid_school_access, schulid_platform_access;

REVOKE ALL ON FUNCTION attempt_open_many(uuid[], varchar[], varchar[], int[], int[], varchar[], smallint[], uuid[], int[]),
                       attempt_close_many(uuid[], uuid[], varchar[], varchar[], varchar[], int[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION attempt_open_many(uuid[], varchar[], varchar[], int[], int[], varchar[], smallint[], uuid[], int[]),
                          attempt_close_many(uuid[], uuid[], varchar[], varchar[], varchar[], int[])
  TO schulid_school_access, schulid_platform_access;
