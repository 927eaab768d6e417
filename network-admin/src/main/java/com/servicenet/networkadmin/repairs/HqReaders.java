package com.servicenet.networkadmin.repairs;

import com.servicenet.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who may read the price list, warranty and repair oversight screens: every HQ role. Mystery shoppers may open
 * network-admin but act for no tenant, so these pages are not theirs (web.xml answers 403; the nav hides them).
 */
@Named
@RequestScoped
public class HqReaders {

    @Inject
    SecurityContext security;

    public boolean isCaller() {
        return Roles.HEADQUARTERS.stream().anyMatch(security::isCallerInRole);
    }
}
