#!/bin/sh
# The Deployment's init container: Flyway migrations as the schema owner (the launcher's migrate step).
set -eu
exec java -cp '/opt/servicenet/migrator/*' com.servicenet.persistence.Migrate
