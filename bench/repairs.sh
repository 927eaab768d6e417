#!/usr/bin/env bash
# Repair API benchmark against a running `./servicenet start` platform, with the raw PostgreSQL insert rate of the
# same rows measured in the same run, so that the result is a ratio.
#   bench/repairs.sh [clients] [seconds]        create + list, default 32 clients, 20 s after a 5 s warm-up
#   bench/repairs.sh --million [clients]        fill outlet 1 up to 1,000,000 repairs, then time its lists
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

api_bench() { # phases clients seconds
    mvn -B -ntp -q -Dstyle.color=never verify -pl system-tests -DskipUnitTests=true -DskipITs=false -Dit.test=RepairApiBench \
        -Dservicenet.url="$url" -Dkeycloak.url="$keycloak" -Dbench.phases="$1" -Dbench.clients="$2" -Dbench.seconds="$3" \
        -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | sed "s/\x1b\[[0-9;]*m//g" | grep -E "^BENCH" || { echo "the API benchmark failed" >&2; exit 1; }
}

if [ "${1:-}" = "--million" ]; then
    clients="${2:-32}"
    echo "filling outlet 1 up to 1,000,000 repairs (once; about a minute)"
    /usr/bin/time -f "seeded in %e s" psql -h "$host" -p "$port" -U "$owner" -d "$db" -q -v n=1000000 -f bench/seed-repairs.sql >/dev/null
    echo "repairs in the table: $(psql -h "$host" -p "$port" -U postgres -d "$db" -tAc 'select count(*) from repair_order'), of outlet 1: $(psql -h "$host" -p "$port" -U postgres -d "$db" -tAc 'select count(*) from repair_order where outlet_id = 1')"
    api_bench "list,list-status,list-serial,list-deep" "$clients" "${3:-15}"
    api_bench "list,list-status,list-serial,list-deep" 1 "${3:-15}"
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
psql -h "$host" -p "$port" -U "$owner" -d "$db" -q -c "DROP SCHEMA bench_raw CASCADE" >/dev/null
echo "API: $clients clients, ${seconds} s after a 5 s warm-up"
out=$(api_bench "create,list" "$clients" "$seconds")
echo "$out"
api=$(echo "$out" | sed -n 's/^BENCH create .*throughput=\([0-9.]*\)\/s.*/\1/p')
awk -v a="$api" -v r="$raw" 'BEGIN { printf "RATIO create throughput / raw insert rate = %.0f / %.0f = %.2f\n", a, r, a / r }'
