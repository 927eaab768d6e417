#!/usr/bin/env bash
# Repair API benchmark against a running `./servicenet start` platform, with the raw PostgreSQL insert rate of the
# same rows measured in the same run, so that the result is a ratio.
#   bench/repairs.sh [clients] [seconds]        create + list, default 32 connections, 20 s per phase
#   bench/repairs.sh --million [clients]        fill outlet 1 up to 1,000,000 repairs, then time its lists
# Creates are measured twice: as a closed loop (every connection sends again as soon as it is answered: the
# saturation throughput) and paced at 0.3 of the raw PostgreSQL rate (latency at that load, from as many
# connections). BENCH_WARMUP (default 90 s) of creates come first: Payara's JIT takes that long to settle.
# Load comes from wrk (installed from Debian if missing); pgbench comes with PostgreSQL's client.
# The platform limits each outlet to 50 requests/s by default; a benchmark from one outlet needs the limit raised:
#   SERVICENET_API_RATE_LIMIT=1000000 ./servicenet start
set -euo pipefail
cd "$(dirname "$0")/.."
url="${SERVICENET_PUBLIC_URL:-http://localhost:${SERVICENET_HTTP_PORT:-8080}}"
keycloak="${KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT:-8180}}"
db="${SERVICENET_DB_NAME:-servicenet}"
host="${SERVICENET_DB_HOST:-127.0.0.1}"
port="${SERVICENET_DB_PORT:-5432}"
owner="${SERVICENET_DB_OWNER:-servicenet_owner}"
export PGPASSWORD="${SERVICENET_DB_OWNER_PASSWORD:-servicenet_owner}"
curl -fsS -o /dev/null "$url/health/ready" || { echo "start the platform first: SERVICENET_API_RATE_LIMIT=1000000 ./servicenet start" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-client" >&2; exit 1; }

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; sudo_apt=""; [ "$(id -u)" = 0 ] || sudo_apt=sudo; $sudo_apt apt-get install -y -q wrk >/dev/null; }

token() {
    curl -fsS -d grant_type=client_credentials -d client_id="${BENCH_CLIENT:-shop-1}" -d client_secret="${BENCH_SECRET:-shop-1-dev-secret}" \
        "$keycloak/realms/servicenet/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# wrk: C, event-driven, so the load generator takes little of the two cores the platform and PostgreSQL share
wrk_phase() { # phase connections seconds script [api path] [requests/s]
    local tok threads=2; tok=$(token)
    [ "$2" -ge 2 ] || threads=1
    BENCH_TOKEN="$tok" BENCH_PHASE="$1" BENCH_CONNECTIONS="$2" BENCH_THREADS="$threads" BENCH_RUN="$(date +%s%N)" \
        BENCH_PATH="${5:-}" BENCH_RATE="${6:-0}" \
        wrk -t"$threads" -c"$2" -d"$3"s --timeout 10s -s "bench/$4" "$url" 2>&1 | grep -E "^BENCH"
}

warm_up() { # phase connections seconds script [api path]
    wrk_phase "$@" >/dev/null || true
}

if [ "${1:-}" = "--million" ]; then
    clients="${2:-32}"
    echo "filling outlet 1 up to 1,000,000 repairs (once; about a minute)"
    /usr/bin/time -f "seeded in %e s" psql -h "$host" -p "$port" -U "$owner" -d "$db" -q -v n=1000000 -f bench/seed-repairs.sql >/dev/null
    echo "repairs in the table: $(psql -h "$host" -p "$port" -U postgres -d "$db" -tAc 'select count(*) from repair_order'), of outlet 1: $(psql -h "$host" -p "$port" -U postgres -d "$db" -tAc 'select count(*) from repair_order where outlet_id = 1')"
    # a cursor 100 pages of 200 down the list
    tok=$(token); cursor=""
    for _ in $(seq 1 100); do
        cursor=$(curl -fsS -H "Authorization: Bearer $tok" "$url/api/v1/repairs?limit=200${cursor:+&cursor=$cursor}" \
                 | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
    done
    warm_up list "$clients" 20 repair-get.lua "repairs?limit=50"
    for c in "$clients" 1; do
        wrk_phase list "$c" "${3:-15}" repair-get.lua "repairs?limit=50"
        wrk_phase list-status "$c" "${3:-15}" repair-get.lua "repairs?limit=50&status=CLOSED"
        wrk_phase list-serial "$c" "${3:-15}" repair-get.lua "repairs?limit=50&serialNo=BENCH-SN-4242"
        wrk_phase list-deep "$c" "${3:-15}" repair-get.lua "repairs?limit=50&cursor=$cursor"
    done
    exit 0
fi

clients="${1:-32}"
seconds="${2:-20}"
psql -h "$host" -p "$port" -U "$owner" -d "$db" -q -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
DROP SCHEMA IF EXISTS bench_raw CASCADE;
CREATE SCHEMA bench_raw;
CREATE TABLE bench_raw.repair_order (LIKE public.repair_order INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
CREATE TABLE bench_raw.repair_part (LIKE public.repair_part INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
ALTER TABLE bench_raw.repair_part ADD FOREIGN KEY (repair_id) REFERENCES bench_raw.repair_order (id);
CREATE SEQUENCE bench_raw.repair_seq;
CREATE SEQUENCE bench_raw.part_seq;
SQL
echo "raw PostgreSQL: pgbench, $clients clients, ${seconds} s, one order + one part per transaction"
raw=$(pgbench -h "$host" -p "$port" -U "$owner" -n -c "$clients" -j 2 -T "$seconds" -f bench/pgbench-repair-insert.sql "$db" 2>/dev/null \
      | tee /dev/stderr | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
PGOPTIONS="-c client_min_messages=warning" psql -h "$host" -p "$port" -U "$owner" -d "$db" -q -c "DROP SCHEMA bench_raw CASCADE" >/dev/null
echo "API (wrk): $clients connections, ${BENCH_WARMUP:-90} s of creates to warm up, then ${seconds} s per phase"
warm_up create "$clients" "${BENCH_WARMUP:-90}" repair-create.lua
paced=$(awk -v r="$raw" 'BEGIN { printf "%.0f", 0.3 * r }')
out=$(wrk_phase create "$clients" "$seconds" repair-create.lua
      wrk_phase create-paced "$clients" "$seconds" repair-create.lua "" "$paced"
      # autovacuum's work, done here because some PostgreSQL set-ups (this project's CI machines) run without it:
      # unanalysed, the grown table gets a plan that reads the whole outlet instead of walking its index
      psql -h "$host" -p "$port" -U "$owner" -d "$db" -q -c "ANALYZE repair_order" -c "ANALYZE repair_part" >/dev/null
      warm_up list "$clients" 5 repair-get.lua "repairs?limit=50"
      wrk_phase list "$clients" "$seconds" repair-get.lua "repairs?limit=50")
echo "$out"
api=$(echo "$out" | sed -n 's/^BENCH create  .*throughput=\([0-9.]*\)\/s.*/\1/p')
awk -v a="$api" -v r="$raw" 'BEGIN { printf "RATIO create throughput (closed loop) / raw insert rate = %.0f / %.0f = %.2f\n", a, r, a / r }'
echo "$out" | sed -n "s/^BENCH create-paced .*throughput=\([0-9.]*\)\/s.*p99=\([0-9.]*ms\).*/PACED  $paced creates\/s offered (0.3 of raw) from $clients connections: \1\/s served, p99 \2/p"
