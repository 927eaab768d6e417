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
        (cd "$DOMAINS/../payara-server" && unzip -q "$PAYARA_SERVER_ZIP")
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
WORK="$DOMAINS/$DOMAIN-work"

if [[ ! -d "$DOMAINS/$DOMAIN" ]]; then
    "${ADMIN[@]}" create-domain --domaindir "$DOMAINS" --portbase "$PORTBASE" --nopassword "$DOMAIN"
    # the pool's driver is the server's, as on Payara Micro (--addlibs), not the WARs'
    cp "${POSTGRESQL_JAR:?set POSTGRESQL_JAR to the PostgreSQL JDBC driver}" "$DOMAINS/$DOMAIN/lib/"
    "${ADMIN[@]}" start-domain --domaindir "$DOMAINS" "$DOMAIN"
    # the settings every Payara of the platform gets: no reload polling, and the server's pool jdbc/servicenet
    "${ADMIN[@]}" multimode --file "$ROOT/deploy/payara/preboot.asadmin"
    "${ADMIN[@]}" multimode --file "$ROOT/deploy/payara/datasource.asadmin"
    # the JVM options of ./servicenet's start_payara (jakarta.json.provider: see there); 512 MB is too little for
    # the three applications
    "${ADMIN[@]}" delete-jvm-options -Xmx512m
    "${ADMIN[@]}" create-jvm-options -Xms512m:-Xmx2g:-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl
    "${ADMIN[@]}" restart-domain --domaindir "$DOMAINS" "$DOMAIN"
else
    "${ADMIN[@]}" start-domain --domaindir "$DOMAINS" "$DOMAIN"
fi
"${ADMIN[@]}" ping-connection-pool servicenet

# Payara reads MicroProfile Config per application: inside an EAR it does not see a WAR's own
# META-INF/microprofile-config.properties. Each module's file is copied into the application's configuration, so the
# WARs stay the single place of their settings. mp.openapi.* is the API's (the portals switch their scan off).
rm -rf "$WORK" && mkdir -p "$WORK"
declare -A setting origin
for war in $(unzip -Z1 "$EAR" '*.war'); do
    unzip -q -o "$EAR" "$war" -d "$WORK"
    while IFS= read -r line; do
        [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
        key="${line%%=*}"; key="${key%"${key##*[![:space:]]}"}"; value="${line#*=}"
        if [[ "$key" == mp.openapi.* && "$war" != api.war ]]; then continue; fi
        if [[ -n "${setting[$key]+set}" && "${setting[$key]}" != "$value" ]]; then
            echo "$war and ${origin[$key]} set $key differently: one application has one value per key" >&2; exit 1
        fi
        if [[ "$value" =~ [[:space:]] ]]; then echo "$war: $key holds a space, which asadmin's multimode splits" >&2; exit 1; fi
        setting[$key]="$value"; origin[$key]="$war"
    done < <(unzip -p "$WORK/$war" WEB-INF/classes/META-INF/microprofile-config.properties 2>/dev/null || true)
done
{
    for key in "${!setting[@]}"; do
        printf 'set-config-property --source=application --sourcename=%s --propertyname=%s --propertyvalue=%s\n' \
            "$APP" "$key" "${setting[$key]}"
    done
} >"$WORK/config.asadmin"

# deployed disabled first: the configuration belongs to the application, and its CDI checks need it at enable
"${ADMIN[@]}" undeploy "$APP" >/dev/null 2>&1 || true
"${ADMIN[@]}" deploy --name "$APP" --enabled=false "$EAR"
"${ADMIN[@]}" multimode --file "$WORK/config.asadmin" >/dev/null
"${ADMIN[@]}" enable "$APP"
echo "ServiceNet is deployed on Payara Server: http://localhost:$((PORTBASE + 80))/ (admin console: http://localhost:$((PORTBASE + 48))/)"
