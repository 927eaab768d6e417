#!/usr/bin/env bash
# How fast a freshly started Payara Micro serves creates at full speed, per set of JVM options. Restarts the running
# platform's Payara (same command line, same environment; Keycloak and PostgreSQL stay up) once per variant, then
# prints the time until it answered, creates in rounds of 10 s for BENCH_LOAD s (default 180), the load time until
# creates reached 90 % of their plateau (the mean of the last three rounds) and Payara's CPU per create in those
# rounds. At the end Payara runs again as the launcher started it.
#   bench/warmup.sh [variant...]     default: default appcds c1
# Variants:
#   default   the launcher's JVM options
#   appcds    Payara's runtime on the class path (its --outputlauncher root directory) with an AppCDS archive
#             written at the exit of one boot of the platform (--warmup), both made here once
#   c1        -XX:TieredStopAtLevel=1: the quick compiler only
#   parallel  -XX:+UseParallelGC: no concurrent GC threads competing with the load for two cores
# Start the platform with the outlet's rate limit raised: SERVICENET_API_RATE_LIMIT=1000000 ./servicenet start
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/settings.sh
source bench/lib.sh
export PGPASSWORD="${SERVICENET_DB_OWNER_PASSWORD:-servicenet_owner}"
curl -fsS -o /dev/null "$url/health/ready" || { echo "start the platform first: SERVICENET_API_RATE_LIMIT=1000000 ./servicenet start" >&2; exit 1; }

pid=$(payara_pid)
[ -n "$pid" ] || { echo "no process found listening on $url" >&2; exit 1; }
mapfile -d '' -t command_line <"/proc/$pid/cmdline"
mapfile -d '' -t environment <"/proc/$pid/environ"
workdir=$(readlink "/proc/$pid/cwd")
payara_jar=""
for ((i = 0; i < ${#command_line[@]}; i++)); do
    [ "${command_line[$i]}" = -jar ] && payara_jar="${command_line[$((i + 1))]}"
done
[ -n "$payara_jar" ] || { echo "Payara's command line has no -jar" >&2; exit 1; }
work=$(mktemp -d)
cds_dir="${SERVICENET_CACHE:-$HOME/.cache/servicenet}/cds-$(basename "$payara_jar" .jar)"
clients="${BENCH_CLIENTS:-32}"
load="${BENCH_LOAD:-180}"

# `./servicenet start` stops everything once the Payara in its pid file is gone: while Payara restarts, the file
# names this script, then the new Payara
pid_file="${BENCH_RUN_DIR:-.run/dev}/payara.pid"
watched() { # pid: written whole, never seen half-written by the launcher's check
    [ -f "$pid_file" ] && echo "$1" >"$pid_file.new" && mv "$pid_file.new" "$pid_file"
    return 0
}

stop_payara() {
    local p; p=$(payara_pid)
    [ -n "$p" ] || return 0
    watched $$
    kill -TERM "$p"
    for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || return 0; sleep 1; done
    kill -KILL "$p"
}

# the launcher's command with JVM options added after `java`, optionally with Payara's arguments rewritten
launch() { # log jvm-options... -- payara-arguments-filter
    local log="$1"; shift
    local options=() filter=cat
    while [ $# -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
    [ $# -gt 1 ] && filter="$2"
    local rest=()
    mapfile -t rest < <(printf '%s\n' "${command_line[@]:1}" | $filter)
    (cd "$workdir" && exec env -i "${environment[@]}" setsid "${command_line[0]}" "${options[@]}" "${rest[@]}" >"$log" 2>&1 </dev/null) &
}

# Payara's arguments with its runtime on the class path: the root directory's launcher instead of the jar, no unpacking
rooted() {
    local skip=0 line
    while IFS= read -r line; do
        if ((skip)); then skip=0; continue; fi
        case "$line" in
            --unpackdir) skip=1 ;;
            "$payara_jar") echo "$cds_dir/root/launch-micro.jar" ;;
            *) echo "$line" ;;
        esac
    done
}

rooted_warmup() {
    rooted
    echo --warmup
}

wait_ready() { # seconds
    local started=$SECONDS
    until curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null && curl -fsS -o /dev/null "$url/openapi" 2>/dev/null; do
        ((SECONDS - started < $1)) || { echo "Payara not ready after $1 s" >&2; return 1; }
        sleep 0.5
    done
    watched "$(payara_pid)"
}

prepare_appcds() {
    [ -f "$cds_dir/payara.jsa" ] && return 0
    mkdir -p "$cds_dir"
    echo "  making the root directory and the AppCDS archive (once, in $cds_dir)"
    [ -f "$cds_dir/root/launch-micro.jar" ] || "${command_line[0]}" -jar "$payara_jar" --rootdir "$cds_dir/root" --outputlauncher >"$work/root.log" 2>&1
    stop_payara
    launch "$work/dump.log" "-XX:ArchiveClassesAtExit=$cds_dir/payara.jsa" -- rooted_warmup
    # --warmup: boot, deploy, stop; the archive is written as the JVM exits
    local started=$SECONDS
    sleep 2
    while pgrep -f -- "-XX:ArchiveClassesAtExit=$cds_dir/payara.jsa" >/dev/null; do
        ((SECONDS - started < 600)) || { echo "archive boot did not end" >&2; return 1; }
        sleep 1
    done
    [ -f "$cds_dir/payara.jsa" ] || { tail -n 20 "$work/dump.log" >&2; return 1; }
}

run_variant() { # name
    local options=() filter=""
    case "$1" in
        default) ;;
        appcds) prepare_appcds; options=("-XX:SharedArchiveFile=$cds_dir/payara.jsa"); filter=rooted ;;
        c1) options=(-XX:TieredStopAtLevel=1) ;;
        parallel) options=(-XX:+UseParallelGC) ;;
        *) echo "unknown variant $1" >&2; return 1 ;;
    esac
    stop_payara
    local started=$SECONDS
    if [ -n "$filter" ]; then launch "$work/$1.log" "${options[@]}" -- "$filter"; else launch "$work/$1.log" "${options[@]}"; fi
    wait_ready 600
    local boot=$((SECONDS - started)) rounds="$work/$1.rounds"
    warm_up_rounds "$rounds" "$load" "$1" "$(payara_pid)" >/dev/null
    local failed=$ROUNDS_NOT_2XX
    awk -v name="$1" -v boot="$boot" -v failed="$failed" '{ t[NR] = $1; r[NR] = $2; c[NR] = $3 }
        END {
            plateau = (r[NR] + r[NR - 1] + r[NR - 2]) / 3; cpu = (c[NR] + c[NR - 1] + c[NR - 2]) / 3
            for (i = 1; i <= NR; i++) if (!hit && r[i] >= 0.9 * plateau) hit = t[i]
            printf "WARMUP %-8s ready after %3d s; plateau %4.0f creates/s at %.2f ms of Payara CPU each; 90 %% of it after %3d s of load; rounds:", name, boot, plateau, cpu, hit
            for (i = 1; i <= NR; i++) printf " %.0f", r[i]
            printf "; %d answers not 2xx\n", failed }' "$rounds"
}

echo "Payara from a fresh start: $clients connections of creates for $load s per variant, in rounds of 10 s"
for variant in "${@:-default appcds c1}"; do
    for v in $variant; do run_variant "$v"; done
done
stop_payara
launch "$work/restored.log"
wait_ready 600
rm -rf "$work"
