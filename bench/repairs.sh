#!/usr/bin/env bash
# Repair API benchmark against a running `./servicenet start` platform, with the raw PostgreSQL insert rate of the
# same rows measured in the same run, so that the result is a ratio.
#   bench/repairs.sh [clients] [seconds]        create + list, default 32 connections, 20 s per phase
#   bench/repairs.sh --million [clients]        fill outlet 1 up to 1,000,000 repairs, then time its lists
# Creates are measured twice: as a closed loop (every connection sends again as soon as it is answered: the
# saturation throughput) and paced at 0.3 of the raw PostgreSQL rate (latency at that load, from as many
# connections). Creates in rounds of 30 s come first, until Payara's JIT has settled (at most BENCH_WARMUP s,
# default 600).
# pgbench runs the same two ways, so the API's latency can be read against the database's own (FLOOR line).
# Load comes from wrk (installed from Debian if missing); pgbench comes with PostgreSQL's client.
# The platform limits each outlet to 50 requests/s by default; a benchmark from one outlet needs the limit raised:
#   SERVICENET_API_RATE_LIMIT=1000000 ./servicenet start
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/settings.sh
export PGPASSWORD="${SERVICENET_DB_OWNER_PASSWORD:-servicenet_owner}"
curl -fsS -o /dev/null "$url/health/ready" || { echo "start the platform first: SERVICENET_API_RATE_LIMIT=1000000 ./servicenet start" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-client" >&2; exit 1; }

source bench/wrk.sh

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
# pgbench runs 5 s longer than a phase and its first 5 s (32 new backends warming up) are left out; it times each
# transaction from its scheduled start, so a paced run's figures include any lag of its own.
raw_phase() { # phase [transactions/s]: a BENCH line as wrk_phase prints it
    local logs; logs=$(mktemp -d)
    (cd "$logs" && pgbench -h "$host" -p "$port" -U "$owner" -n -c "$clients" -j 2 -T "$((seconds + 5))" ${2:+-R "$2"} \
        --log --log-prefix=raw -f "$OLDPWD/bench/pgbench-repair-insert.sql" "$db" >/dev/null 2>&1)
    sort -k5,5n -k6,6n "$logs"/raw.* | awk '{ t = $5 + $6 / 1e6; if (!start) start = t; if (t - start >= 5) printf "%.3f %.6f\n", $3 / 1000, t }' \
        | sort -n | awk -v p="$1" -v c="$clients" '{ ms[NR] = $1; if (!first || $2 < first) first = $2; if ($2 > last) last = $2 }
            END { printf "BENCH %-12s connections=%d ok=%d throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
                  p, c, NR, NR / (last - first), ms[int(NR * 0.5)], ms[int(NR * 0.95)], ms[int(NR * 0.99)], ms[NR] }'
    rm -rf "$logs"
}
echo "raw PostgreSQL (pgbench): $clients clients, one order + one part per transaction, as fast as it goes, then paced at 0.3 of that"
raw_closed=$(raw_phase raw)
raw=$(echo "$raw_closed" | sed -n 's/.*throughput=\([0-9.]*\)\/s.*/\1/p')
paced=$(awk -v r="$raw" 'BEGIN { printf "%.0f", 0.3 * r }')
raw_paced=$(raw_phase raw-paced "$paced")
PGOPTIONS="-c client_min_messages=warning" psql -h "$host" -p "$port" -U "$owner" -d "$db" -q -c "DROP SCHEMA bench_raw CASCADE" >/dev/null
echo "API (wrk): $clients connections, creates until Payara's JIT has settled (at most ${BENCH_WARMUP:-600} s), then ${seconds} s per phase"
warm_until_steady
out=$(wrk_phase create "$clients" "$seconds" repair-create.lua
      wrk_phase create-paced "$clients" "$seconds" repair-create.lua "" "$paced"
      # autovacuum's work, done here because some PostgreSQL set-ups (this project's CI machines) run without it:
      # unanalysed, the grown table gets a plan that reads the whole outlet instead of walking its index
      psql -h "$host" -p "$port" -U "$owner" -d "$db" -q -c "ANALYZE repair_order" -c "ANALYZE repair_part" >/dev/null
      warm_up list "$clients" 5 repair-get.lua "repairs?limit=50"
      wrk_phase list "$clients" "$seconds" repair-get.lua "repairs?limit=50")
echo "$raw_closed"
echo "$raw_paced"
echo "$out"
api=$(echo "$out" | sed -n 's/^BENCH create  .*throughput=\([0-9.]*\)\/s.*/\1/p')
awk -v a="$api" -v r="$raw" 'BEGIN { printf "RATIO create throughput (closed loop) / raw insert rate = %.0f / %.0f = %.2f\n", a, r, a / r }'
echo "$out" | sed -n "s/^BENCH create-paced .*throughput=\([0-9.]*\)\/s.*p99=\([0-9.]*ms\).*/PACED  $paced creates\/s offered (0.3 of raw) from $clients connections: \1\/s served, p99 \2/p"
echo "FLOOR  raw PostgreSQL alone, $clients clients: p99 $(echo "$raw_closed" | sed 's/.*p99=\([0-9.]*ms\).*/\1/') as fast as it goes, $(echo "$raw_paced" | sed 's/.*p99=\([0-9.]*ms\).*/\1/') at $paced/s"
