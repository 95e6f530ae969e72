#!/usr/bin/env bash
# Refreshes geoip-lite's country data from MaxMind's GeoLite2 (free licence key needed, and
# internet access, which the development machines here do not have):
#   GEOIP_LICENSE_KEY=... scripts/geoip-update.sh
# Then restart the app; /readyz reports the data's age (geoipDataAgeDays).
. "$(dirname "$0")/lib.sh"
[ -n "${GEOIP_LICENSE_KEY:-}" ] || die "set GEOIP_LICENSE_KEY (a free MaxMind GeoLite2 licence key)"
cd "$ROOT/node_modules/geoip-lite"
npm run-script updatedb "license_key=$GEOIP_LICENSE_KEY"
date -u +%Y-%m-%dT%H:%M:%SZ >data/refreshed-at
say "GeoIP data refreshed"
