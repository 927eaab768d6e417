#!/usr/bin/env bash
# The platform as one EAR (platform-ear) on a full Payara Server 6 domain (docs/decisions.md, "Payara Server").
#   deploy/server/domain.sh start DOMAINS_DIR PORTBASE   create the domain once, start it, create the pool, deploy
#   deploy/server/domain.sh stop DOMAINS_DIR
# The domain is "servicenet" in DOMAINS_DIR; its ports are PORTBASE plus Payara's offsets (HTTP +80, admin +48).
# PAYARA_SERVER_HOME: an unpacked Payara Server 6 (its payara6 directory); or PAYARA_SERVER_ZIP, the distribution,
# unpacked next to DOMAINS_DIR once. POSTGRESQL_JAR: the JDBC driver of the pool. SERVICENET_EAR: the EAR (default
# platform-ear/target/servicenet.ear). The platform's settings come from the environment as for ./servicenet start
# (SERVICENET_DB_URL, KEYCLOAK_URL, SERVICENET_PUBLIC_URL = this domain's address, ...): start-domain hands it to
# the domain's JVM, which resolves the pool's ${ENV=...} references and the applications' configuration from it.
# A domain whose first start failed half-way is not mended: delete DOMAINS_DIR/servicenet and start again.
# Used by PayaraServerIT.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DOMAIN=servicenet
APP=servicenet
usage() { echo "usage: $0 start DOMAINS_DIR PORTBASE | stop DOMAINS_DIR" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
COMMAND="$1"
DOMAINS="$(mkdir -p "$2" && cd "$2" && pwd)"

payara_home() {
    if [[ -n "${PAYARA_SERVER_HOME:-}" ]]; then echo "$PAYARA_SERVER_HOME"; return; fi
    local home="$DOMAINS/../payara-server/payara6"
    if [[ ! -x "$home/bin/asadmin" ]]; then
        [[ -f "${PAYARA_SERVER_ZIP:-}" ]] || { echo "set PAYARA_SERVER_HOME or PAYARA_SERVER_ZIP" >&2; exit 2; }
        rm -rf "$DOMAINS/../payara-server" && mkdir -p "$DOMAINS/../payara-server"
        # the JDK's jar, as the launcher unpacks Keycloak; it keeps no file modes
        (cd "$DOMAINS/../payara-server" && jar xf "$(cd "$(dirname "$PAYARA_SERVER_ZIP")" && pwd)/$(basename "$PAYARA_SERVER_ZIP")")
        find "$home" -path "*/bin/*" -type f -exec chmod +x {} +
    fi
    (cd "$home" && pwd)
}
HOME_DIR="$(payara_home)"

if [[ "$COMMAND" == stop ]]; then
    exec "$HOME_DIR/bin/asadmin" --interactive=false stop-domain --domaindir "$DOMAINS" "$DOMAIN"
fi
[[ "$COMMAND" == start && $# -eq 3 ]] || usage
PORTBASE="$3"
ADMIN=("$HOME_DIR/bin/asadmin" --interactive=false --port "$((PORTBASE + 48))")
EAR="${SERVICENET_EAR:-$ROOT/platform-ear/target/servicenet.ear}"
[[ -f "$EAR" ]] || { echo "$EAR is missing: build it (mvn install -DskipTests)" >&2; exit 2; }

if [[ ! -d "$DOMAINS/$DOMAIN" ]]; then
    "${ADMIN[@]}" create-domain --domaindir "$DOMAINS" --portbase "$PORTBASE" --nopassword "$DOMAIN"
    # the pool's driver is the server's, as on Payara Micro (--addlibs), not the WARs'
    cp "${POSTGRESQL_JAR:?set POSTGRESQL_JAR to the PostgreSQL JDBC driver}" "$DOMAINS/$DOMAIN/lib/"
    "${ADMIN[@]}" start-domain --domaindir "$DOMAINS" "$DOMAIN"
    # the settings every Payara of the platform gets: no reload polling, and the server's pool jdbc/servicenet
    "${ADMIN[@]}" multimode --file "$ROOT/deploy/payara/preboot.asadmin"
    "${ADMIN[@]}" multimode --file "$ROOT/deploy/payara/datasource.asadmin"
    # one JSON object per log line in server.log, as the Micro nodes write to their console (SERVICENET_LOG_FORMAT,
    # docs/decisions.md "Operations"); the same formatter, so the request log's fields are the same
    if [[ "${SERVICENET_LOG_FORMAT:-json}" == json ]]; then
        "${ADMIN[@]}" set-log-file-format fish.payara.enterprise.server.logging.JSONLogFormatter
    fi
    # the JVM options of ./servicenet's start_payara (jakarta.json.provider: see there); 512 MB is too little for
    # the three applications
    "${ADMIN[@]}" delete-jvm-options -Xmx512m
    "${ADMIN[@]}" create-jvm-options -Xms512m:-Xmx2g:-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl
    "${ADMIN[@]}" restart-domain --domaindir "$DOMAINS" "$DOMAIN"
else
    "${ADMIN[@]}" start-domain --domaindir "$DOMAINS" "$DOMAIN"
fi
"${ADMIN[@]}" ping-connection-pool servicenet

# the WARs' own MicroProfile settings, as the application's configuration (deploy/server/ear-config.sh says why)
CONFIG="$(mktemp)"
trap 'rm -f "$CONFIG"' EXIT
"$ROOT/deploy/server/ear-config.sh" "$EAR" "$APP" >"$CONFIG"

# deployed disabled first: the configuration belongs to the application, and its CDI checks need it at enable
"${ADMIN[@]}" undeploy "$APP" >/dev/null 2>&1 || true
"${ADMIN[@]}" deploy --name "$APP" --enabled=false "$EAR"
"${ADMIN[@]}" multimode --file "$CONFIG" >/dev/null
"${ADMIN[@]}" enable "$APP"
echo "ServiceNet is deployed on Payara Server: http://localhost:$((PORTBASE + 80))/ (admin console: http://localhost:$((PORTBASE + 48))/)"
