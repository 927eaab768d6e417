# Sourced by the benchmark scripts: where the platform and its database are, from the launcher's variables.
url="${SERVICENET_PUBLIC_URL:-http://localhost:${SERVICENET_HTTP_PORT:-8080}}"
keycloak="${KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT:-8180}}"
db="${SERVICENET_DB_NAME:-servicenet}"
host="${SERVICENET_DB_HOST:-127.0.0.1}"
port="${SERVICENET_DB_PORT:-5432}"
owner="${SERVICENET_DB_OWNER:-servicenet_owner}"
