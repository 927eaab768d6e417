package com.servicenet.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Hands the request's tenant to PostgreSQL for the current transaction.
 * <p>
 * Runs after {@code @Transactional} (APPLICATION priority comes later than the platform's), so a
 * transaction is open. {@code set_config(..., true)} is transaction-local: when the transaction ends the
 * pooled connection forgets the tenant, so it can never leak into the next request that borrows it.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantSessionInterceptor {

    private static final String BOUND = TenantSessionInterceptor.class.getName() + ".bound";

    @Inject
    CurrentTenant tenant;

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException(invocation.getMethod() + " is tenant-bound and needs an active transaction");
        }
        if (transactions.getResource(BOUND) == null) {
            String outlet = tenant.outletId().isPresent() ? Long.toString(tenant.outletId().getAsLong()) : "";
            bind(em.unwrap(Connection.class), outlet, tenant.isHeadquarters() ? "on" : "off", tenant.shopper().orElse(""));
            transactions.putResource(BOUND, Boolean.TRUE);
        }
        return invocation.proceed();
    }

    /**
     * Straight through JDBC, on the connection EclipseLink enlisted for this transaction: run as a native JPA
     * query, this one statement took 7 % of the server's CPU for a repair create (docs/decisions.md).
     */
    private static void bind(Connection connection, String outlet, String hq, String shopper) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('app.outlet_id', ?, true), set_config('app.hq', ?, true), set_config('app.shopper', ?, true)")) {
            statement.setString(1, outlet);
            statement.setString(2, hq);
            statement.setString(3, shopper);
            statement.execute();
        }
    }
}
