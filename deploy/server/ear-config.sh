#!/usr/bin/env bash
# The asadmin commands that give an EAR's application the MicroProfile settings of its WARs:
#   deploy/server/ear-config.sh EAR APPLICATION >config.asadmin     (then: asadmin multimode --file config.asadmin)
# Payara reads MicroProfile Config per application: inside an EAR it does not see a WAR's own
# WEB-INF/classes/META-INF/microprofile-config.properties. Each module's file is copied into the application's
# configuration, so the WARs stay the single place of their settings. One application has one value per key: a key
# two modules set differently is an error, except mp.openapi.*, which is the API's (api.war; the portals only switch
# their scan off). Values are written as they are, ${...} expressions included: MicroProfile Config expands them.
set -euo pipefail
[[ $# -eq 2 && -f "$1" ]] || { echo "usage: $0 EAR APPLICATION" >&2; exit 2; }
EAR="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
APP="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FILE=WEB-INF/classes/META-INF/microprofile-config.properties
declare -A setting origin
# the JDK's jar, not unzip: nothing beyond what the launcher needs
for war in $(jar tf "$EAR" | grep '\.war$'); do
    mkdir -p "$WORK/$war.d"
    (cd "$WORK" && jar xf "$EAR" "$war" && cd "$war.d" && jar xf "$WORK/$war" "$FILE")
    [[ -f "$WORK/$war.d/$FILE" ]] || continue
    while IFS= read -r line || [[ -n "$line" ]]; do
        [[ "$line" =~ ^[[:space:]]*(#|!|$) ]] && continue
        key="${line%%=*}"; key="${key%"${key##*[![:space:]]}"}"; value="${line#*=}"
        value="${value#"${value%%[![:space:]]*}"}"
        if [[ "$key" == mp.openapi.* && "$war" != api.war ]]; then continue; fi
        if [[ "$value" =~ [[:space:]] ]]; then
            echo "$war: $key holds a space, which asadmin's multimode would split" >&2; exit 1
        fi
        if [[ -n "${setting[$key]+set}" && "${setting[$key]}" != "$value" ]]; then
            echo "$war and ${origin[$key]} set $key differently: one application has one value per key" >&2; exit 1
        fi
        setting[$key]="$value"; origin[$key]="$war"
    done <"$WORK/$war.d/$FILE"
done
for key in $(printf '%s\n' "${!setting[@]}" | sort); do
    printf 'set-config-property --source=application --sourcename=%s --propertyname=%s --propertyvalue=%s\n' \
        "$APP" "$key" "${setting[$key]}"
done
