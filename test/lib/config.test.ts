import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../app/lib/config';

const valid = {
  DATABASE_URL: 'postgresql://app:pw@127.0.0.1:5432/db',
  PLATFORM_DATABASE_URL: 'postgresql://platform:pw@127.0.0.1:5432/db',
  KEYCLOAK_URL: 'http://127.0.0.1:8180/',
  SCHULID_APP_CLIENT_SECRET: 'a-client-secret-of-some-length',
  SCHULID_ADMIN_API_CLIENT_SECRET: 'another-client-secret-of-length',
  SESSION_SECRET: 'a-session-secret-that-is-long-enough-0123',
  DECISION_SECRET: 'a-decision-secret-that-is-long-enough-01',
  RESEARCH_MASTER_KEY: 'a-research-master-key-long-enough-0123',
};

describe('configuration', () => {
  it('when every required variable is valid, then defaults fill the rest', () => {
    const config = loadConfig(valid);
    expect(config.APP_PORT).toBe(3000);
    expect(config.KEYCLOAK_REALM).toBe('schulid');
    expect(config.KEYCLOAK_URL).toBe('http://127.0.0.1:8180');
    expect(config.TRUSTED_PROXIES).toBe('');
    expect(config.SESSION_MAX_AGE_SECONDS).toBe(36_000);
  });

  it('when several variables are bad, then the error names every one of them', () => {
    const attempt = () =>
      loadConfig({ ...valid, DATABASE_URL: 'mysql://x', APP_PORT: 'eighty', KEYCLOAK_URL: undefined });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      expect((err as ConfigError).badVariables.sort()).toEqual(['APP_PORT', 'DATABASE_URL', 'KEYCLOAK_URL']);
    }
  });

  it('when the session secret is short or the session would outlive 10 hours, then the configuration is refused', () => {
    expect(() => loadConfig({ ...valid, SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ ...valid, SESSION_MAX_AGE_SECONDS: '36001' })).toThrow(/SESSION_MAX_AGE_SECONDS/);
  });

  it('when a secret-bearing variable is bad, then its value is not repeated in the message', () => {
    const secret = 'not-a-url-but-a-s3cret-password';
    expect(() => loadConfig({ ...valid, PLATFORM_DATABASE_URL: secret })).toThrow(/PLATFORM_DATABASE_URL/);
    try {
      loadConfig({ ...valid, PLATFORM_DATABASE_URL: secret });
    } catch (err) {
      expect((err as Error).message).not.toContain(secret);
    }
  });

  it('when the server is started with a bad configuration, then it refuses to start and names the variables', () => {
    const result = spawnSync(join(__dirname, '../../node_modules/.bin/tsx'), [join(__dirname, '../../app/server.ts')], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'nope', KEYCLOAK_URL: 'ftp://x' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('refuses to start');
    for (const name of ['DATABASE_URL', 'PLATFORM_DATABASE_URL', 'KEYCLOAK_URL', 'SESSION_SECRET'])
      expect(result.stderr).toContain(name);
  });
});
