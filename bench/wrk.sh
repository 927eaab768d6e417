# Sourced by the API benchmarks (repairs.sh, cluster.sh): wrk against $url with a fresh client token per phase.
# Needs $url and $keycloak (bench/settings.sh) and $clients (warm_until_steady).
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

# On two cores the JIT needs minutes of load before a create stops getting cheaper (3.5 ms of Payara CPU per
# create after 2 minutes, 1.2 ms after 7, here), and it improves in steps: creates in rounds of 30 s until two
# rounds in a row are no more than 5 % faster than the best before them, within BENCH_WARMUP seconds.
warm_until_steady() {
    local spent=0 best=0 flat=0 rate
    while [ "$spent" -lt "${BENCH_WARMUP:-600}" ] && [ "$flat" -lt 2 ]; do
        rate=$(wrk_phase warm-up "$clients" 30 repair-create.lua | sed -n 's/.*throughput=\([0-9.]*\)\/s.*/\1/p')
        spent=$((spent + 30))
        echo "  warm-up: ${spent} s, ${rate:-0} creates/s"
        if awk -v r="${rate:-0}" -v b="$best" 'BEGIN { exit !(r > b * 1.05) }'; then
            best=${rate:-0}; flat=0
        else
            flat=$((flat + 1))
        fi
    done
}

