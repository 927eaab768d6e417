package com.servicenet.training.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.Technician;
import com.servicenet.rules.Term;
import com.servicenet.rules.Unqualified;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.entity.CertificationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The certification gate (上岗资格证): a repair of a product category is assigned, and moved to repaired,
 * only with a technician who holds a certification for that category valid on the day that counts. One
 * indexed query; it runs in the caller's transaction and under its tenant.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Qualifications {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    /** @throws Unqualified naming the technician and the category they lack */
    public void require(Technician technician, ProductCategory category, LocalDate day, String field) {
        if (!holds(technician.person().id(), category, day)) {
            throw new Unqualified(field, "repair.technician.unqualified", technician.code(), technician.name(),
                    Term.of(category), day.toString());
        }
    }

    public boolean holds(long personId, ProductCategory category, LocalDate day) {
        return !em.createNativeQuery("SELECT 1 FROM certification c JOIN certification_category k ON k.certification_id = c.id "
                        + "WHERE c.person_id = ?1 AND k.category = ?2 AND c.status <> 'REVOKED' "
                        + "AND c.issued_on <= ?3 AND c.expires_on > ?3 LIMIT 1")
                .setParameter(1, personId).setParameter(2, category.name()).setParameter(3, day)
                .getResultList().isEmpty();
    }

    /** Per person, the categories they hold a valid certification for on the day, with the latest expiry of each. */
    public Map<Long, Map<ProductCategory, LocalDate>> validCategories(Collection<Long> personIds, LocalDate day) {
        Map<Long, Map<ProductCategory, LocalDate>> valid = new HashMap<>();
        if (personIds.isEmpty()) {
            return valid;
        }
        List<Object[]> rows = em.createQuery("SELECT c.person.id, k, MAX(c.expiresOn) FROM Certification c JOIN c.categories k "
                        + "WHERE c.person.id IN :persons AND c.status <> :revoked AND c.issuedOn <= :day AND c.expiresOn > :day "
                        + "GROUP BY c.person.id, k", Object[].class)
                .setParameter("persons", personIds).setParameter("revoked", CertificationState.REVOKED)
                .setParameter("day", day).getResultList();
        for (Object[] columns : rows) {
            valid.computeIfAbsent(((Number) columns[0]).longValue(), id -> new EnumMap<>(ProductCategory.class))
                    .put((ProductCategory) columns[1], (LocalDate) columns[2]);
        }
        return valid;
    }

}
