#!/bin/sh
# Starts one Payara Micro node of the cluster in Kubernetes with the settings of the ConfigMap and Secret
# (deploy/k8s). The same options as the launcher's start_payara, with Hazelcast discovery by the Kubernetes API.
set -eu
# json: one JSON object per log line (deploy/payara/logging-json.properties); text: Payara's default format
logging=""
if [ "${SERVICENET_LOG_FORMAT:-json}" = json ]; then
    logging="--logproperties /opt/servicenet/payara/logging-json.properties"
fi
# shellcheck disable=SC2086 # SERVICENET_JAVA_OPTS and $logging hold several words
exec java ${SERVICENET_JAVA_OPTS:-} -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
    -jar /opt/payara/payara-micro.jar \
    --port "${SERVICENET_HTTP_PORT:-8080}" --disablephonehome \
    --clustermode "kubernetes:${POD_NAMESPACE:?the Deployment sets it},${SERVICENET_HAZELCAST_SERVICE:-servicenet-hazelcast}" \
    --clustername "${SERVICENET_CLUSTER_NAME:-servicenet}" --name "${HOSTNAME:-servicenet}" \
    --unpackdir /var/lib/servicenet $logging \
    --prebootcommandfile /opt/servicenet/payara/preboot.asadmin \
    --addlibs /opt/payara/postgresql.jar --postbootcommandfile /opt/servicenet/payara/datasource.asadmin \
    --deploy /opt/servicenet/wars/api.war \
    --deploy /opt/servicenet/wars/tenant-web.war \
    --deploy /opt/servicenet/wars/network-admin.war
