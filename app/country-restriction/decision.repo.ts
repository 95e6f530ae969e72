// The login decision's database work in two statements (read the rules, record the outcome), with
// raw `pg`: this runs on every login of every school, and Prisma's per-query cost showed in the
// benchmark (bench/login-decision.ts). Platform role: Keycloak asks before any school context.
import type { Pool } from 'pg';

export type LoadedRules = {
  schoolIds: string[];
  isPrivateAddressAllowed: boolean;
  isUnknownCountryAllowed: boolean;
  userList: string[] | null;
  roleLists: Map<string, string[]>;
};

type SchoolRow = {
  school_id: string | null;
  is_private_address_login_allowed: boolean | null;
  is_unknown_country_login_allowed: boolean | null;
  user_list: string[] | null;
  role_lists: Record<string, string[]> | null;
};

// A user in several schools is bound by every school's rules: the lists of each school for a role
// are intersected (a country must be on all of them), and an address policy allows only what every
// school allows. One row per school (one row with school_id NULL when the user has none).
export async function loadRules(pool: Pool, userId: string, schoolSlugs: readonly string[]): Promise<LoadedRules> {
  const { rows } = await pool.query<SchoolRow>(
    `SELECT s.id AS school_id, s.is_private_address_login_allowed, s.is_unknown_country_login_allowed,
            (SELECT countries::text[] FROM user_login_countries WHERE user_id = $1) AS user_list,
            (SELECT json_object_agg(role, countries)
               FROM school_role_login_countries r WHERE r.school_id = s.id) AS role_lists
       FROM (SELECT 1) AS one LEFT JOIN schools s ON s.slug = ANY($2::text[])
      ORDER BY s.slug`,
    [userId, schoolSlugs],
  );
  const schools = rows.filter((row) => row.school_id !== null);
  const roleLists = new Map<string, string[]>();
  for (const school of schools) {
    for (const [role, countries] of Object.entries(school.role_lists ?? {})) {
      const trimmed = countries.map((country) => country.trim());
      const before = roleLists.get(role);
      roleLists.set(role, before ? before.filter((country) => trimmed.includes(country)) : trimmed);
    }
  }
  return {
    schoolIds: schools.map((school) => school.school_id!),
    // No school (researchers): the platform's defaults, private allowed, unknown country refused.
    isPrivateAddressAllowed:
      schools.length === 0 ? true : schools.every((school) => school.is_private_address_login_allowed ?? true),
    isUnknownCountryAllowed:
      schools.length === 0 ? false : schools.every((school) => school.is_unknown_country_login_allowed ?? false),
    userList: rows[0]!.user_list,
    roleLists,
  };
}

// One statement, so one transaction: the attempt row (one per school, so that each school's admins
// see it; one without school for a user of none); for an allowed login from a known country, the
// country as seen; and one system message — "blocked", or "first login from" when the country is
// new and the user had logged in from elsewhere before.
export async function recordDecision(
  pool: Pool,
  outcome: {
    schoolIds: string[];
    userId: string;
    country: string | null;
    isAllowed: boolean;
    reason: string;
    ipTruncated: string;
    clientId: string | null;
    at: Date;
  },
): Promise<void> {
  const schoolIds = outcome.schoolIds.length > 0 ? outcome.schoolIds : [null];
  await pool.query(
    `WITH attempt AS (
       INSERT INTO login_attempts
         (id, school_id, user_id, occurred_at, country, is_allowed, reason, ip_truncated, client_id)
       SELECT gen_random_uuid(), school, $2, $8, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS school RETURNING 1),
     before AS (SELECT count(*) AS n FROM user_login_countries_seen WHERE user_id = $2),
     added AS (
       INSERT INTO user_login_countries_seen (user_id, country, first_seen_at)
       SELECT $2, $3, $8 WHERE $4 AND $3::text IS NOT NULL
       ON CONFLICT DO NOTHING RETURNING 1)
     INSERT INTO user_messages (id, user_id, school_id, kind, params, created_at)
     SELECT gen_random_uuid(), $2, ($1::uuid[])[1], CASE WHEN $4 THEN 'new_country' ELSE 'login_blocked' END,
            jsonb_build_object(
              'country', $3::text,
              'at', to_char($8::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
            ), $8
      WHERE NOT $4 OR (EXISTS (SELECT 1 FROM added) AND (SELECT n FROM before) > 0)`,
    [
      schoolIds,
      outcome.userId,
      outcome.country,
      outcome.isAllowed,
      outcome.reason,
      outcome.ipTruncated,
      outcome.clientId,
      outcome.at,
    ],
  );
}
