package com.servicenet.catalog.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.WarrantyTerm;
import com.servicenet.persistence.Moments;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The warranty terms (三包) per product category: everybody reads them, HQ network admins set them. */
@ApplicationScoped
@Transactional
@TenantBound
public class WarrantyTerms {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public List<WarrantyTerm> all() {
        return em.createQuery("SELECT w FROM WarrantyTerm w ORDER BY w.category", WarrantyTerm.class).getResultList();
    }

    public Optional<WarrantyTerm> of(ProductCategory category) {
        return Optional.ofNullable(em.find(WarrantyTerm.class, category));
    }

    /** Sets a category's terms; they apply to repairs reported from now on, not to those already checked. */
    public WarrantyTerm set(ProductCategory category, int returnDays, int replaceDays, int repairDays) {
        WarrantyTerm term = em.find(WarrantyTerm.class, category, LockModeType.PESSIMISTIC_WRITE);
        if (term == null) {
            term = new WarrantyTerm(category, returnDays, replaceDays, repairDays, tenant.callerName(), Moments.now());
            em.persist(term);
        } else {
            term.change(returnDays, replaceDays, repairDays, tenant.callerName(), Moments.now());
        }
        return term;
    }
}
