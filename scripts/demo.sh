#!/usr/bin/env bash
# One command for the whole system with a demo school: installs what is missing, starts PostgreSQL
# and Keycloak, migrates, seeds the demo school, (re)starts the app and prints the URLs and the demo
# credentials. Safe to run again; `npm run stop` stops everything it started.
# `npm run demo -- --cluster`: the same demo school on the clustered stack (scripts/cluster.sh).
. "$(dirname "$0")/lib.sh"
started=$(date +%s)

if [ "${1:-}" = --cluster ]; then
  bash "$ROOT/scripts/stack.sh" cluster
  while IFS='=' read -r name value; do export "$name=$value"; done < <(bash "$ROOT/scripts/cluster.sh" env)
  # Seeding acts as the bootstrap admin of the master realm, which the proxy never serves: node 1.
  say "seeding the demo school"
  (cd "$ROOT" && KEYCLOAK_URL=${CLUSTER_KEYCLOAK_NODES%% *} node_modules/.bin/tsx scripts/seed-demo.ts)
  cat <<TXT

$(say "SchulID (cluster) is up ($(( $(date +%s) - started ))s)")
  App (nginx → 2 instances)   $CLUSTER_APP_URL        instances: $CLUSTER_APP_INSTANCES
  Keycloak (nginx → 2 nodes)  $CLUSTER_KEYCLOAK_URL     nodes: $CLUSTER_KEYCLOAK_NODES
  Keycloak admin              admin / $KC_ADMIN_PASSWORD
  Logs                        $CLUSTER_LOGS/

  DEMO users of "Demo-Grundschule am See" (demo credentials, for this checkout's cluster only;
  password for all: $DEMO_USER_PASSWORD)
    pupils:   $CLUSTER_APP_URL/lernen        demo-schueler-1, demo-schueler-2
    teachers: $CLUSTER_APP_URL/unterricht    demo-lehrkraft
    school:   $CLUSTER_APP_URL/schule        demo-schulleitung
    research: $CLUSTER_APP_URL/forschung     demo-forschung, demo-plattform (TOTP at the first login)
    (the demo school's own portal, school SSO, is left out: the proxy serves the platform realm only)

  Stop the cluster: scripts/stop.sh cluster
TXT
  exit 0
fi

bash "$ROOT/scripts/stack.sh"
ensure_secrets
export_app_env schulid

say "seeding the demo school"
(cd "$ROOT" && node_modules/.bin/tsx scripts/seed-demo.ts)

bash "$ROOT/scripts/app.sh" restart

cat <<TXT

$(say "SchulID is up ($(( $(date +%s) - started ))s)")
  App                      http://localhost:$APP_PORT        (readiness: http://localhost:$APP_PORT/readyz)
  Keycloak                 http://127.0.0.1:$KC_HTTP_PORT     (admin console: http://127.0.0.1:$KC_HTTP_PORT/admin/)
  Keycloak admin           admin / $KC_ADMIN_PASSWORD
  PostgreSQL               127.0.0.1:$PGPORT, databases schulid and keycloak
  Logs                     $LOGS/

  DEMO users of "Demo-Grundschule am See" (demo credentials, generated for this checkout only;
  password for all: $DEMO_USER_PASSWORD)
    pupils:   http://localhost:$APP_PORT/lernen        demo-schueler-1, demo-schueler-2
    teachers: http://localhost:$APP_PORT/unterricht    demo-lehrkraft
    school:   http://localhost:$APP_PORT/schule        demo-schulleitung (school-admin: staff, settings, audit log)
      (http://localhost:$APP_PORT/ sends everyone to their page after the login)
    research: http://localhost:$APP_PORT/forschung   demo-forschung (researcher), demo-plattform (platform-admin);
      both set up TOTP with an authenticator app at their first login (API: http://localhost:$APP_PORT/api/openapi.json)
      "Demo-Studie Bruchrechnen" (researcher demo-forschung) invites the demo school;
      demo-schulleitung opts in on http://localhost:$APP_PORT/schule
    school SSO (the school's own portal, realm schul-idp-demo):
      http://localhost:$APP_PORT/auth/login?idp=demo-grundschule-portal
      demo-portal-lehrkraft (lands as teacher), demo-portal-schueler (lands as pupil)
    account console:  http://127.0.0.1:$KC_HTTP_PORT/realms/schulid/account

  Stop everything: npm run stop
TXT
