package com.servicenet.networkadmin.visits;

import com.servicenet.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who does fieldwork here: mystery shoppers, and HQ auditors for the spot checks assigned to them. A shopper
 * holds no HQ role and sees only the visit pages (web.xml answers 403 everywhere else); the home page sends
 * them on to their assignments and the nav shows them their own links only.
 */
@Named
@RequestScoped
public class VisitsAccess {

    @Inject
    SecurityContext security;

    /** A shopper and nothing of HQ. */
    public boolean isShopperOnly() {
        return security.isCallerInRole(Roles.MYSTERY_SHOPPER) && !isHeadquarters();
    }

    /** Whether the nav offers "My visits". */
    public boolean isFieldworker() {
        return security.isCallerInRole(Roles.MYSTERY_SHOPPER) || security.isCallerInRole(Roles.HQ_AUDITOR);
    }

    public boolean isHeadquarters() {
        return Roles.HEADQUARTERS.stream().anyMatch(security::isCallerInRole);
    }

    /** f:viewAction of the home page: a shopper's home is their list of assignments. */
    public String home() {
        return isShopperOnly() ? "/visits/assignments.xhtml?faces-redirect=true" : null;
    }
}
