// The one place that reads process.env. Parsed once at start-up; a bad value stops the process
// with a message naming every bad variable (never its value: it may be a secret).
import { z } from 'zod';

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be a postgresql:// URL');
const positiveInt = z.coerce.number().int().positive();

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  APP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: postgresUrl,
  PLATFORM_DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
  KEYCLOAK_URL: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  KEYCLOAK_REALM: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a realm name')
    .default('schulid'),
  // The app's own public URL: login callback and back-channel logout are registered under it.
  APP_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .default('http://localhost:3000'),
  SCHULID_APP_CLIENT_ID: z.string().min(1).default('schulid-app'),
  SCHULID_APP_CLIENT_SECRET: z.string().min(16, 'must be at least 16 characters'),
  SCHULID_ADMIN_API_CLIENT_ID: z.string().min(1).default('schulid-admin-api'),
  SCHULID_ADMIN_API_CLIENT_SECRET: z.string().min(16, 'must be at least 16 characters'),
  // Audience that bearer tokens for the API (researchers' scripts) must name.
  API_AUDIENCE: z.string().min(1).default('schulid-api'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
  // Keycloak's country check calls the internal listener with this bearer secret.
  DECISION_SECRET: z.string().min(32, 'must be at least 32 characters'),
  // The internal listener (Keycloak → app); never exposed through the public port or proxy.
  APP_INTERNAL_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  APP_INTERNAL_HOST: z.string().min(1).default('127.0.0.1'),
  // Absolute lifetime of an app session; never longer than Keycloak's SSO session (10 h).
  SESSION_MAX_AGE_SECONDS: positiveInt.max(36_000).default(36_000),
  // Addresses of reverse proxies whose X-Forwarded-For we believe (Express "trust proxy" syntax:
  // comma-separated IPs, CIDRs or loopback/linklocal/uniquelocal). Empty: believe nobody.
  TRUSTED_PROXIES: z.string().default(''),
  // Seals every research study's key (AES-256-GCM, key derived with HKDF). Never logged; losing it
  // makes running studies unable to export (ended studies need no key).
  RESEARCH_MASTER_KEY: z.string().min(32, 'must be at least 32 characters'),
  // Where export files are written (a volume shared by all app instances in production).
  EXPORT_DIR: z.string().min(1).default('.local/exports'),
  // The built web app (npm run build:web).
  WEB_ROOT: z.string().min(1).default('dist/web'),
  // Export files are deleted this many days after they were made (the record stays).
  EXPORT_RETENTION_DAYS: positiveInt.max(365).default(30),
  // Login attempts (truncated addresses) and system messages are deleted after this many days.
  LOGIN_ATTEMPT_RETENTION_DAYS: positiveInt.max(365).default(30),
  // Pupils' worked tasks, by whole months (this school year and the last by default).
  ATTEMPT_RETENTION_MONTHS: positiveInt.min(3).max(120).default(24),
  USER_MESSAGE_RETENTION_DAYS: positiveInt.max(730).default(90),
  // The schools' audit logs keep 56 days (as EduU does), then the retention job deletes them.
  AUDIT_RETENTION_DAYS: positiveInt.max(3650).default(56),
  // Deleted pupils, teachers and classes wait this long in the restore bin, then are purged.
  RESTORE_BIN_DAYS: positiveInt.max(365).default(60),
  // Request logs of the reverse proxy (the app itself logs no addresses), shown on the privacy notice.
  SERVER_LOG_RETENTION_DAYS: positiveInt.max(90).default(7),
  // The privacy notice (/datenschutz): who runs the platform for the schools (processor under
  // Art. 28 GDPR) and where to complain (the school's state data protection authority).
  PRIVACY_OPERATOR_NAME: z.string().trim().min(1).max(200).default('SchulID demo operator'),
  PRIVACY_OPERATOR_CONTACT: z.string().trim().min(1).max(300).default('datenschutz@schulid.example'),
  SUPERVISORY_AUTHORITY_NAME: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default('Die Datenschutz-Aufsichtsbehörde des Bundeslandes der Schule'),
  SUPERVISORY_AUTHORITY_URL: z
    .url({ protocol: /^https?$/ })
    .default('https://www.datenschutzkonferenz-online.de/datenschutzaufsichtsbehoerden.html'),
  RATE_LIMIT_API_PER_MINUTE: positiveInt.default(1200),
  RATE_LIMIT_LOGIN_PER_MINUTE: positiveInt.default(600),
  READINESS_TIMEOUT_MS: positiveInt.max(30_000).default(2000),
  SHUTDOWN_GRACE_MS: positiveInt.max(120_000).default(10_000),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(
    readonly badVariables: string[],
    details: string[],
  ) {
    super(`Invalid configuration:\n${details.map((line) => `  - ${line}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const bad = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
  const details = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  throw new ConfigError(bad, details);
}

const MigrationConfigSchema = z.object({ MIGRATION_DATABASE_URL: postgresUrl });

export function loadMigrationConfig(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = MigrationConfigSchema.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(['MIGRATION_DATABASE_URL'], ['MIGRATION_DATABASE_URL: must be a postgresql:// URL']);
  return parsed.data.MIGRATION_DATABASE_URL;
}
