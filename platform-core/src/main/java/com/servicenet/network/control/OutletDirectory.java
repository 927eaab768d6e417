package com.servicenet.network.control;

import com.servicenet.network.entity.Outlet;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Looks outlets up for the current caller; row-level security decides which ones the caller may see. */
@ApplicationScoped
@Transactional
@TenantBound
public class OutletDirectory {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    public Optional<Outlet> find(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id));
    }
}
