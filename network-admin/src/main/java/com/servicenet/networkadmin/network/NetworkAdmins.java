package com.servicenet.networkadmin.network;

import com.servicenet.identity.Roles;
import com.servicenet.rules.RuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Every HQ role may look at the network; only network administrators change it (appoint, replace, change
 * status, edit profiles and regions). Trainers, auditors and quality staff may add notes to the record.
 * Pages hide what the caller may not do; the actions check again, since a form can be posted by hand.
 */
@Named
@RequestScoped
public class NetworkAdmins {

    @Inject
    SecurityContext security;

    public boolean isCaller() {
        return security.isCallerInRole(Roles.HQ_NETWORK_ADMIN);
    }

    /** @throws RuleViolation for anyone but a network administrator */
    public void require() {
        if (!isCaller()) {
            throw new RuleViolation("access.network-admin-only");
        }
    }
}
