# Sourced by the benchmark scripts after bench/settings.sh: tokens, wrk phases and CPU readings from /proc.

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

# Payara's process (the one listening on the platform's port) and PostgreSQL's processes: their CPU is read from
# /proc before and after a phase, so a create's cost is CPU time, not a guess from wall-clock figures.
payara_pid() {
    local http_port="${url##*:}"; http_port="${http_port%%/*}"
    ss -ltnpH "sport = :$http_port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1
}
cpu_ticks() { # pids...: user + system clock ticks of these processes
    local pid total=0 fields
    for pid in "$@"; do
        fields=$(cut -d' ' -f14,15 "/proc/$pid/stat" 2>/dev/null) || continue
        total=$((total + ${fields% *} + ${fields#* }))
    done
    echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)
cpu_per_request() { # ticks-before ticks-after requests: milliseconds of CPU per request
    awk -v a="$1" -v b="$2" -v n="$3" -v t="$ticks_per_second" 'BEGIN { printf "%.2f", (n > 0 ? (b - a) * 1000 / t / n : 0) }'
}
postgres_pids() { # the database's backends and PostgreSQL's own workers, not other databases' sessions
    psql -h "$host" -p "$port" -U "$owner" -d "$db" -tAc \
        "SELECT string_agg(pid::text, ' ') FROM pg_stat_activity WHERE datname = '$db' OR backend_type <> 'client backend'"
}
measured_phase() { # like wrk_phase, with the CPU Payara and PostgreSQL spent per successful request appended
    local pp pg0 pp0 line ok
    pp=$(payara_pid); pp0=$(cpu_ticks $pp); pg0=$(cpu_ticks $(postgres_pids))
    line=$(wrk_phase "$@")
    ok=$(wrk_field ok "$line")
    echo "$line payara-cpu=$(cpu_per_request "$pp0" "$(cpu_ticks $pp)" "$ok")ms/req postgres-cpu=$(cpu_per_request "$pg0" "$(cpu_ticks $(postgres_pids))" "$ok")ms/req"
}

# A count of a wrk_phase line (ok, non2xx, socket-errors), 0 if the line has none.
wrk_field() { # name line
    local value; value=$(sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$2")
    echo "${value:-0}"
}

# Successful creates per second of a wrk_phase line: a server that answers errors fast must not look fast.
ok_rate() { # wrk_phase line, seconds
    echo $(( $(wrk_field ok "$1") / $2 ))
}

# Creates in rounds of 10 s for $2 s (default BENCH_WARMUP, 120), each round's rate of successful creates printed
# against the time since the first create and kept in the file $1 if one is named ("seconds rate", plus Payara's
# CPU per create if $4 names its process), for a time-to-90 %-of-plateau line; answers not 2xx are added up in
# ROUNDS_NOT_2XX. On a freshly started server this shows how fast the JIT brings a create to its steady cost.
# Needs $clients.
warm_up_rounds() { # [rounds file] [seconds] [phase] [payara pid]
    local rounds="${1:-/dev/null}" load="${2:-${BENCH_WARMUP:-120}}" phase="${3:-warm-up}" pid="${4:-}"
    local spent=0 line ok rate not_ok ticks0="" cpu=""
    : >"$rounds"
    ROUNDS_NOT_2XX=0
    while [ "$spent" -lt "$load" ]; do
        [ -z "$pid" ] || ticks0=$(cpu_ticks "$pid")
        line=$(wrk_phase "$phase" "$clients" 10 repair-create.lua)
        ok=$(wrk_field ok "$line")
        rate=$((ok / 10))
        not_ok=$(wrk_field non2xx "$line")
        ROUNDS_NOT_2XX=$((ROUNDS_NOT_2XX + not_ok))
        spent=$((spent + 10))
        [ -z "$pid" ] || cpu=" $(cpu_per_request "$ticks0" "$(cpu_ticks "$pid")" "$ok")"
        echo "$spent $rate$cpu" >>"$rounds"
        echo "  $phase: ${spent} s, $rate creates/s, $not_ok answers not 2xx"
    done
}
