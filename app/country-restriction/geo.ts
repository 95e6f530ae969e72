// Country of a client address, from geoip-lite's local database (no network, no per-lookup I/O:
// the data is loaded into memory once). The data ages: README, "Refreshing the GeoIP data".
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import geoip from 'geoip-lite';
import { normalizeAddress } from './ip-address';

// The GeoLite2 data bundled with geoip-lite 2.0.3 was built for its release (2026-07-08). A refresh
// (scripts/geoip-update.sh) records its date in data/refreshed-at beside the new files.
const BUNDLED_DATA_DATE = Date.parse('2026-07-08T00:00:00Z');

export function lookupCountry(ip: string): string | null {
  return geoip.lookup(normalizeAddress(ip))?.country || null;
}

export function geoDataDate(): Date {
  try {
    const marker = join(dirname(require.resolve('geoip-lite/package.json')), 'data', 'refreshed-at');
    const refreshed = Date.parse(readFileSync(marker, 'utf8').trim());
    return new Date(Number.isNaN(refreshed) ? BUNDLED_DATA_DATE : refreshed);
  } catch {
    return new Date(BUNDLED_DATA_DATE);
  }
}

export function geoDataAgeDays(now = Date.now()): number {
  return Math.floor((now - geoDataDate().getTime()) / 86_400_000);
}
