#!/usr/bin/env bash
# Outlet-list page time with N outlets (default 10,000) against a running `./servicenet start` platform.
#   bench/outlet-list.sh [N]
# Seeds N benchmark outlets into the local database (idempotent), then times the list in headless Chromium:
# full page load, server response, next page and sort (AJAX). Figures are min / median / p95 / max in ms.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
url="${SERVICENET_PUBLIC_URL:-http://localhost:${SERVICENET_HTTP_PORT:-8080}}"
keycloak="${KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT:-8180}}"
db="${SERVICENET_DB_NAME:-servicenet}"
curl -fsS -o /dev/null "$url/health/ready" || { echo "start the platform first: ./servicenet start" >&2; exit 1; }
psql -h "${SERVICENET_DB_HOST:-127.0.0.1}" -p "${SERVICENET_DB_PORT:-5432}" -U "${SERVICENET_DB_OWNER:-servicenet_owner}" -d "$db" \
     -v ON_ERROR_STOP=1 -q -v n="$n" -f bench/seed-outlets.sql
echo "outlets in $db: $(psql -h "${SERVICENET_DB_HOST:-127.0.0.1}" -U postgres -d "$db" -tAc 'select count(*) from outlet')"
mvn -B -ntp -q verify -pl system-tests -DskipUnitTests=true -DskipITs=false -Dit.test=OutletListBench \
    -Dservicenet.url="$url" -Dkeycloak.url="$keycloak" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "^(BENCH|outlet list)" || true
