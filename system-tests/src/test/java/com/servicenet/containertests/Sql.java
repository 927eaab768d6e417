package com.servicenet.containertests;

import jakarta.persistence.EntityManager;

import java.util.List;

/** What the probes read from PostgreSQL, and how. */
final class Sql {

    /**
     * @param backendPid the PostgreSQL server process: the same pid means the same physical pooled connection
     * @param outletSetting {@code app.outlet_id} as the policies read it; null or empty when no tenant is set
     */
    record Session(int backendPid, String outletSetting, String hqSetting) {
    }

    record Connected(String database, String user, boolean superuser, boolean bypassesRowSecurity, long ownedRelations) {
    }

    private Sql() {
    }

    static Session session(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT pg_backend_pid(), current_setting('app.outlet_id', true), current_setting('app.hq', true)")
                .getSingleResult();
        return new Session(((Number) row[0]).intValue(), (String) row[1], (String) row[2]);
    }

    static List<Long> longs(List<?> column) {
        return column.stream().map(value -> ((Number) value).longValue()).toList();
    }
}
