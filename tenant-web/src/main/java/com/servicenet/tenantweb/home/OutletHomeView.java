package com.servicenet.tenantweb.home;

import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.entity.Outlet;
import com.servicenet.tenancy.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The outlet portal's home: which outlet the logged-in user works for. */
@Named
@RequestScoped
public class OutletHomeView {

    @Inject
    CurrentTenant tenant;

    @Inject
    OutletDirectory outlets;

    private Outlet outlet;

    @PostConstruct
    void load() {
        tenant.outletId().ifPresent(id -> outlet = outlets.find(id).orElse(null));
    }

    public Outlet getOutlet() {
        return outlet;
    }
}
