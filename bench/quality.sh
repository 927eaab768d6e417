#!/usr/bin/env bash
# Service-quality benchmark against a running platform: 10,000 outlets and 10,000,000 repairs of the last year
# (complaints and callbacks in proportion), the monthly counts recomputed through the API, then the figures the
# issue names, each as the median of repeated requests: one outlet's scorecard (HQ's and the outlet's own), the
# network ranking (first page, a deep page, a province, the watch list) and the streamed CSV export.
#   bench/quality.sh [repairs] [outlets]      default 10000000 10000; seeding is idempotent and resumes
#   BENCH_SEED=no BENCH_RECOMPUTE=no bench/quality.sh      only the job's run and the reads
# Best on a database of its own, as the data takes several GB:
#   SERVICENET_DB_NAME=servicenet_bench ./servicenet start      (then, in another shell)
#   SERVICENET_DB_NAME=servicenet_bench bench/quality.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/settings.sh
superuser="${SERVICENET_PG_SUPERUSER:-postgres}"
repairs="${1:-10000000}"
outlets="${2:-10000}"
batch=1000000
days=365
runs="${BENCH_RUNS:-25}"
curl -fsS -o /dev/null "$url/health/ready" || { echo "start the platform first: SERVICENET_DB_NAME=$db ./servicenet start" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }

as_owner() { PGPASSWORD="${SERVICENET_DB_OWNER_PASSWORD:-servicenet_owner}" psql -h "$host" -p "$port" -U "$owner" -d "$db" -v ON_ERROR_STOP=1 -q "$@"; }
as_super() { psql -h "$host" -p "$port" -U "$superuser" -d "$db" -v ON_ERROR_STOP=1 -q "$@"; }
token() { # user
    curl -fsS -d grant_type=password -d client_id=servicenet-cli -d username="$1" -d password=servicenet \
        "$keycloak/realms/servicenet/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
# prints the seconds of each of $runs GETs of one path, after 5 unmeasured ones
times() { # token path
    local i
    for i in $(seq 1 5); do curl -fsS -o /dev/null -H "Authorization: Bearer $1" "$url/api/v1/$2"; done
    for i in $(seq 1 "$runs"); do curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" "$url/api/v1/$2"; done
}
timed() { # label command...: runs it and says how long it took
    local label="$1" started; shift; started=$(date +%s.%N)
    "$@"
    awk -v label="$label" -v from="$started" -v to="$(date +%s.%N)" 'BEGIN { printf "   %s in %.1f s\n", label, to - from }'
}
summary() { # label; seconds on stdin, one per line
    sort -n | awk -v label="$1" '{ t[NR] = $1 * 1000 } END {
        printf "%-34s n=%d  median=%.1f ms  p90=%.1f ms  max=%.1f ms\n", label, NR, t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)], t[NR] }'
}

if [ "${BENCH_SEED:-yes}" != no ]; then
    echo "== seeding: $outlets outlets, $repairs repairs over the last $days days (idempotent; resumes)"
    timed "outlets" as_owner -o /dev/null -v n="$outlets" -f bench/seed-outlets.sql
    as_super -f bench/seed-quality-setup.sql
    have=$(as_super -tAc "SELECT count(*) FROM repair_order WHERE created_by = 'bench'")
    for ((lo = have + 1; lo <= repairs; lo += batch)); do
        hi=$((lo + batch - 1)); ((hi <= repairs)) || hi=$repairs
        timed "repairs $lo..$hi with their complaints and callbacks" as_super -v lo="$lo" -v hi="$hi" -v total="$repairs" -v days="$days" -f bench/seed-quality-batch.sql
    done
    timed "ANALYZE" as_super -c "ANALYZE repair_order; ANALYZE complaint; ANALYZE callback; ANALYZE outlet; ANALYZE region_assignment"
fi
as_super -tAc "SELECT 'data: ' || (SELECT count(*) FROM outlet) || ' outlets (' || (SELECT count(*) FROM outlet WHERE status IN ('ACTIVE','PROBATION'))
    || ' serving), ' || (SELECT count(*) FROM repair_order) || ' repairs, ' || (SELECT count(*) FROM complaint) || ' complaints, '
    || (SELECT count(*) FROM callback) || ' callbacks; database ' || pg_size_pretty(pg_database_size(current_database()))"

hq=$(token hq.quality)
echo "== the monthly counts, recomputed from the facts through the API (POST /quality/recompute?month=…)"
[ "${BENCH_RECOMPUTE:-yes}" = no ] && echo "   (skipped: BENCH_RECOMPUTE=no)"
[ "${BENCH_RECOMPUTE:-yes}" = no ] || for m in $(seq 12 -1 0); do
    month=$(date -u -d "$(date -u +%Y-%m-15) -$m month" +%Y-%m)
    curl -fsS -o /dev/null -w "   $month in %{time_total} s\n" -X POST -H "Authorization: Bearer $hq" "$url/api/v1/quality/recompute?month=$month"
done
curl -fsS -w "\n" -X POST -H "Authorization: Bearer $hq" "$url/api/v1/quality/recompute" | sed 's/^/   the job'"'"'s run (last and this month, warnings, watch list): /'
curl -fsS -o /dev/null -w "   (%{time_total} s at the client)\n" -X POST -H "Authorization: Bearer $hq" "$url/api/v1/quality/recompute"
as_super -tAc "SELECT '   quality_month rows: ' || count(*) FROM quality_month"

echo "== reads, $runs each after 5 unmeasured (time to the last byte at the client, on loopback)"
hq=$(token hq.quality)
sample=$(as_super -tAc "SELECT outlet_id FROM bench_serving ORDER BY (k * 104729) % 10007 LIMIT $runs")
for id in $sample; do curl -fsS -o /dev/null -H "Authorization: Bearer $hq" "$url/api/v1/quality/scorecards/$id"; done
for id in $sample; do curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $hq" "$url/api/v1/quality/scorecards/$id"; done \
    | summary "scorecard, $runs different outlets"
times "$hq" "quality/scorecards/$(echo "$sample" | head -n 1)" | summary "scorecard, one outlet again"
times "$(token manager.1)" "quality/scorecard" | summary "the outlet's own scorecard"
times "$hq" "quality/ranking?max=50" | summary "ranking, first page of 50"
deep=$(( $(as_super -tAc "SELECT count(*) FROM bench_serving") - 100 ))
times "$hq" "quality/ranking?max=50&first=$deep" | summary "ranking, page at row $deep"
province=$(as_super -tAc "SELECT id FROM region WHERE code = 'BP07'")
times "$hq" "quality/ranking?max=50&province=$province" | summary "ranking, one province"
times "$hq" "quality/ranking?max=50&watched=true" | summary "ranking, watch list"
times "$hq" "quality/ranking?max=50&from=$(date -u -d "$(date -u +%Y-%m-15) -11 month" +%Y-%m)" | summary "ranking over 12 months"
for i in 1 2 3; do curl -fsS -o /dev/null -H "Authorization: Bearer $hq" "$url/api/v1/quality/ranking.csv"; done
for i in $(seq 1 5); do
    curl -fsS -o /tmp/servicenet-ranking.csv -D /tmp/servicenet-ranking.headers \
        -w '%{time_starttransfer} %{time_total} %{size_download}\n' -H "Authorization: Bearer $hq" "$url/api/v1/quality/ranking.csv"
done | sort -n -k2 | awk 'NR == 3 { printf "%-34s median of 5: first byte %.0f ms, last byte %.0f ms, %d bytes\n", "ranking CSV export", $1 * 1000, $2 * 1000, $3 }'
echo "   $(($(wc -l < /tmp/servicenet-ranking.csv) - 1)) rows; $(grep -i '^transfer-encoding' /tmp/servicenet-ranking.headers | tr -d '\r' || echo 'no chunked transfer')"
