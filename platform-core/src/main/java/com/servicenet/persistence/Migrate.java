package com.servicenet.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Map;

/**
 * Applies the Flyway migrations as the schema owner. It runs before the application servers start
 * (the launcher locally, a job in production), so no application node ever holds DDL rights and three
 * WARs never race for the schema.
 */
public final class Migrate {

    private Migrate() {
    }

    public static void main(String[] args) {
        String url = env("SERVICENET_DB_URL", "jdbc:postgresql://127.0.0.1:5432/servicenet");
        String owner = env("SERVICENET_DB_OWNER", "servicenet_owner");
        String ownerPassword = env("SERVICENET_DB_OWNER_PASSWORD", "servicenet_owner");
        String appRole = env("SERVICENET_DB_USER", "servicenet_app");

        MigrateResult result = Flyway.configure()
                .dataSource(url, owner, ownerPassword)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole))
                .load()
                .migrate();
        System.out.printf("schema at version %s (%d migrations applied)%n", result.targetSchemaVersion, result.migrationsExecuted);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
