package com.servicenet.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, defined once for every WAR that packs this jar. It connects as the
 * application role, which owns no table, so PostgreSQL's row-level security applies to every statement.
 * Settings come from the environment (README, "Configuration").
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/servicenet",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${ENV=SERVICENET_DB_URL}",
        user = "${ENV=SERVICENET_DB_USER}",
        password = "${ENV=SERVICENET_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 48,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public class ServiceNetDataSource {
}
