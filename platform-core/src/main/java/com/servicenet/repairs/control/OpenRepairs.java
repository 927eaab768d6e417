package com.servicenet.repairs.control;

import com.servicenet.network.control.OpenWorkSource;
import com.servicenet.network.control.OutletReplaced;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The repairs an outlet has not finished. When HQ replaces the outlet, they go to the successor in the same
 * transaction: customers' jobs do not vanish with the outlet. The successor gets them with the predecessor's
 * code before the ticket number (its own tickets may use the same numbers) and no technician (the old
 * outlet's staff are not the successor's).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OpenRepairs implements OpenWorkSource {

    private static final String OPEN = "status NOT IN ('CLOSED', 'CANCELLED')";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<String> openWorkOf(long outletId) {
        return em.createNativeQuery("SELECT ticket_no FROM repair_order WHERE outlet_id = ?1 AND " + OPEN
                        + " ORDER BY received_at, id LIMIT 500")
                .setParameter(1, outletId).getResultList();
    }

    /** Synchronous, inside the replacement's transaction: if the hand-over fails, the replacement does not happen. */
    public void handOver(@Observes OutletReplaced replaced) {
        em.flush();
        em.createNativeQuery("UPDATE repair_part p SET outlet_id = ?2 FROM repair_order r "
                        + "WHERE r.id = p.repair_id AND r.outlet_id = ?1 AND r." + OPEN)
                .setParameter(1, replaced.outgoingId()).setParameter(2, replaced.successorId()).executeUpdate();
        em.createNativeQuery("UPDATE repair_order SET outlet_id = ?2, handed_over_from = ?1, technician_id = NULL, "
                        + "idempotency_key = NULL, version = version + 1, "
                        + "ticket_no = (SELECT code FROM outlet WHERE id = ?1) || '/' || ticket_no "
                        + "WHERE outlet_id = ?1 AND " + OPEN)
                .setParameter(1, replaced.outgoingId()).setParameter(2, replaced.successorId()).executeUpdate();
    }
}
