package com.servicenet.tenancy;

import com.servicenet.identity.Caller;
import jakarta.enterprise.context.RequestScoped;

import java.util.OptionalLong;

/**
 * Whom the current request acts for: one outlet (the tenant) or HQ across all outlets.
 * <p>
 * Established exactly once per request, at the edge, from a verified token (never from a parameter the
 * client chooses). Everything below the edge asks this object; nothing else carries the tenant.
 */
@RequestScoped
public class CurrentTenant {

    private Long outletId;
    private boolean headquarters;
    private boolean established;
    private String callerName = "system";
    private String shopper;

    /** The one tenancy rule: HQ roles act across outlets, outlet roles for the outlet in their token. */
    public void establish(Caller caller) {
        this.callerName = caller.name();
        if (caller.isHeadquarters()) {
            establishHeadquarters();
        } else if (caller.actingOutlet().isPresent()) {
            establishOutlet(caller.actingOutlet().get());
        } else if (caller.isShopper()) {
            guardOnce();
            this.shopper = caller.name();
        } else {
            establishNone();
        }
    }

    public void establishOutlet(long outletId) {
        guardOnce();
        this.outletId = outletId;
    }

    public void establishHeadquarters() {
        guardOnce();
        this.headquarters = true;
    }

    /** A caller with neither an outlet nor an HQ role: sees no tenant-owned rows at all. */
    public void establishNone() {
        guardOnce();
    }

    public OptionalLong outletId() {
        return outletId == null ? OptionalLong.empty() : OptionalLong.of(outletId);
    }

    public long requireOutletId() {
        if (outletId == null) {
            throw new NoTenantException();
        }
        return outletId;
    }

    /** Who acts, as tracking records and audit columns name them. */
    public String callerName() {
        return callerName;
    }

    /** A mystery shopper acts for no outlet: row-level security shows them their own assignments only. */
    public java.util.Optional<String> shopper() {
        return java.util.Optional.ofNullable(shopper);
    }

    public boolean isHeadquarters() {
        return headquarters;
    }

    public boolean isEstablished() {
        return established;
    }

    private void guardOnce() {
        if (established) {
            throw new IllegalStateException("the tenant of a request is established once");
        }
        established = true;
    }
}
