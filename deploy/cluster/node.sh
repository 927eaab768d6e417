#!/usr/bin/env bash
# One clustered Payara Micro node serving the three WARs (docs/decisions.md, "Production deployment and scale-out").
#   deploy/cluster/node.sh NAME HTTP_PORT HAZELCAST_PORT MEMBERS WORK_DIR
# MEMBERS: every node's Hazelcast address, e.g. 127.0.0.1:5901,127.0.0.1:5902 (tcpip discovery; ranges are refused).
# The platform's settings come from the environment as for ./servicenet start (SERVICENET_DB_URL, KEYCLOAK_URL, ...),
# PAYARA_MICRO_JAR names the Payara Micro jar, POSTGRESQL_JAR the JDBC driver of the pool (deploy/payara/datasource.asadmin),
# SERVICENET_CLUSTER_ADDRESS the interface the grid uses (default: Hazelcast's choice). Used by ClusterFailoverIT and
# bench/cluster.sh; exec, so that the caller's process id is the JVM's (kill -9 and SIGSTOP reach the server itself).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[[ $# -eq 5 ]] || { echo "usage: $0 NAME HTTP_PORT HAZELCAST_PORT MEMBERS WORK_DIR" >&2; exit 2; }
# Hazelcast notices a killed node at once (its sockets close) but a frozen one only when its heartbeats stop: after
# 60 s by default, and operations waiting on it wait as long. A heartbeat a second, out after 5 s of silence, and
# operations that give up after 5 s: measured by ClusterFailoverIT.
# jakarta.json.provider: see start_payara in ./servicenet.
exec java ${SERVICENET_JAVA_OPTS:--Xms256m -Xmx1g} -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
    -Dhazelcast.heartbeat.interval.seconds=1 -Dhazelcast.max.no.heartbeat.seconds=5 \
    -Dhazelcast.operation.call.timeout.millis=5000 \
    -jar "${PAYARA_MICRO_JAR:?set PAYARA_MICRO_JAR to the Payara Micro jar}" \
    --name "$1" --port "$2" --startport "$3" --clustermode "tcpip:$4" --clustername "${SERVICENET_CLUSTER_NAME:-servicenet}" \
    ${SERVICENET_CLUSTER_ADDRESS:+--interfaces "$SERVICENET_CLUSTER_ADDRESS"} --disablephonehome --unpackdir "$5/$1" \
    --prebootcommandfile "$ROOT/deploy/payara/preboot.asadmin" \
    --addlibs "${POSTGRESQL_JAR:?set POSTGRESQL_JAR to the PostgreSQL JDBC driver}" \
    --postbootcommandfile "$ROOT/deploy/payara/datasource.asadmin" \
    --deploy "$ROOT/api/target/api.war" \
    --deploy "$ROOT/tenant-web/target/tenant-web.war" \
    --deploy "$ROOT/network-admin/target/network-admin.war"
