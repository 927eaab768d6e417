package com.servicenet.containertests;

import com.servicenet.network.entity.Outlet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Plain transactions on the same data source, without {@code @TenantBound}: what a connection carries when
 * nobody has handed it a tenant.
 */
@ApplicationScoped
@Transactional
public class UnboundProbe {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @PersistenceUnit(unitName = "servicenet")
    EntityManagerFactory emf;

    public Sql.Session session() {
        return Sql.session(em);
    }

    public List<Long> outletIdsByNativeSql() {
        return Sql.longs(em.createNativeQuery("SELECT id FROM outlet ORDER BY id").getResultList());
    }

    /** Whom the data source connects as, and to which database. */
    public Sql.Connected connected() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT current_database(), current_user, r.rolsuper, r.rolbypassrls, "
                        + "(SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) "
                        + "FROM pg_roles r WHERE r.rolname = current_user")
                .getSingleResult();
        return new Sql.Connected((String) row[0], (String) row[1], (Boolean) row[2], (Boolean) row[3], ((Number) row[4]).longValue());
    }

    /** Whether the persistence unit's shared (second-level) cache holds the outlet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean sharedCacheHolds(long outletId) {
        return emf.getCache().contains(Outlet.class, outletId);
    }
}
