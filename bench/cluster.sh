#!/usr/bin/env bash
# Repair-create throughput with one Payara Micro node, then two clustered nodes, behind the same HAProxy, in one
# run; against a running `./servicenet start` platform, whose PostgreSQL and Keycloak the nodes share (its own node
# stays up, idle). Nodes and balancer are the shipped ones: deploy/cluster/node.sh and deploy/cluster/haproxy.cfg.
#   bench/cluster.sh [connections] [seconds]     default 32 connections, 20 s per measured phase
# Each phase first warms up with creates for BENCH_WARMUP s (default 120, bench/lib.sh).
# Ports: BENCH_CLUSTER_PORT (balancer, default 18300), the nodes take the next two, their Hazelcast the next +11, +12.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/settings.sh
clients="${1:-32}"
seconds="${2:-20}"
base="${BENCH_CLUSTER_PORT:-18300}"
curl -fsS -o /dev/null "$url/health/ready" || { echo "start the platform first: ./servicenet start" >&2; exit 1; }
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || { echo "haproxy is missing: apt-get install haproxy" >&2; exit 1; }
work="$(pwd)/.run/bench-cluster"
rm -rf "$work" && mkdir -p "$work"

# the nodes' environment is the platform's (the launcher's defaults); one outlet sends all the load
export SERVICENET_DB_URL="${SERVICENET_DB_URL:-jdbc:postgresql://$host:$port/$db}"
export SERVICENET_DB_USER="${SERVICENET_DB_USER:-servicenet_app}" SERVICENET_DB_PASSWORD="${SERVICENET_DB_PASSWORD:-servicenet_app}"
export KEYCLOAK_URL="$keycloak" KEYCLOAK_REALM=servicenet SERVICENET_API_RATE_LIMIT=1000000
# the jars the build keeps in the launcher's cache, at the pom's versions
cached_jar() { # artifact version-property
    echo "${SERVICENET_CACHE:-$HOME/.cache/servicenet}/$1-$(sed -n "s:.*<$2>\(.*\)</$2>.*:\1:p" pom.xml | head -n 1).jar"
}
export PAYARA_MICRO_JAR="$(cached_jar payara-micro payara-micro.version)"
export POSTGRESQL_JAR="$(cached_jar postgresql postgresql.version)"
export SERVICENET_CLUSTER_ADDRESS=127.0.0.1 SERVICENET_CLUSTER_NAME=servicenet-bench
members="127.0.0.1:$((base + 11)),127.0.0.1:$((base + 12))"
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

node() { # name index
    deploy/cluster/node.sh "$1" "$((base + $2))" "$((base + 10 + $2))" "$members" "$work" >"$work/$1.log" 2>&1 &
    pids+=($!)
    local started=$SECONDS
    until curl -fsS -o /dev/null "http://127.0.0.1:$((base + $2))/openapi" 2>/dev/null; do
        kill -0 "${pids[-1]}" 2>/dev/null || { tail -n 30 "$work/$1.log" >&2; exit 1; }
        sleep 1
    done
    echo "  $1 ready after $((SECONDS - started)) s"
}

# node-c's address is a port nothing listens on: that server is simply down
BALANCER_BIND="127.0.0.1:$base" NODE_A="127.0.0.1:$((base + 1))" NODE_B="127.0.0.1:$((base + 2))" NODE_C="127.0.0.1:$((base + 3))" \
    haproxy -db -f deploy/cluster/haproxy.cfg >"$work/haproxy.log" 2>&1 &
pids+=($!)
url="http://localhost:$base"
source bench/lib.sh

echo "one node behind HAProxy ($url), $clients connections"
node node-a 1
warm_up_rounds
one=$(wrk_phase create-1-node "$clients" "$seconds" repair-create.lua)
echo "$one"
echo "two clustered nodes behind the same HAProxy"
node node-b 2
sleep 3 # two health checks in a row bring node-b into rotation
grep -h "DG Size" "$work"/node-b.log | tail -n 1
warm_up_rounds
two=$(wrk_phase create-2-nodes "$clients" "$seconds" repair-create.lua)
echo "$two"
# successful creates only (ok_rate): the balancer's 503s while a node flaps are not throughput
awk -v a="$(ok_rate "$one" "$seconds")" -v b="$(ok_rate "$two" "$seconds")" 'BEGIN { printf "SCALE successful creates/s: one node %.0f, two nodes %.0f, ratio %.2f\n", a, b, b / a }'
