// The configuration tests build apps from: the test stack's settings, plus what a test overrides.
import { loadConfig, type Config } from '../../app/lib/config';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...overrides });
}

// A connection string pointing at another port (a TcpProxy in front of the real server).
export function viaPort(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.port = String(port);
  return parsed.toString().replace(/\/$/, '');
}
