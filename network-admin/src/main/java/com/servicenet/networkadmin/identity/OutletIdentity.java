package com.servicenet.networkadmin.identity;

import com.servicenet.network.control.NetworkAdministration;
import com.servicenet.network.control.OutletAccounts;
import com.servicenet.rules.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * HQ's use cases on an outlet's accounts, as the outlet identity screen offers them. Writes only queue identity
 * tasks (the outbox applies them); before queueing, a user name that Keycloak already has is refused at once
 * while Keycloak answers, so HQ hears about it next to the field rather than later as a failed task. When
 * Keycloak is down the task is queued all the same: the outbox applies it, or records the refusal, later.
 */
@ApplicationScoped
public class OutletIdentity {

    private static final Logger LOG = Logger.getLogger(OutletIdentity.class.getName());

    @Inject
    NetworkAdministration network;

    @Inject
    OutletAccounts accounts;

    @Inject
    KeycloakDirectory keycloak;

    /** @return the manager's one-time password */
    public String createAccounts(long outletId, String managerUsername, String managerEmail) {
        refuseTakenName(managerUsername, name -> keycloak.usernameTakenOutside(outletId, name));
        return network.provisionIdentity(outletId, managerUsername, managerEmail);
    }

    /** @return the technician's one-time password */
    public String addTechnician(long outletId, String username, String email) {
        refuseTakenName(username, keycloak::usernameTaken);
        return accounts.addTechnician(outletId, username, email);
    }

    public void disableUser(long outletId, String username) {
        accounts.disableUser(outletId, username);
    }

    private static void refuseTakenName(String username, Predicate<String> taken) {
        if (username == null || username.isBlank()) {
            return; // the service refuses the format
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        boolean refused;
        try {
            refused = taken.test(name);
        } catch (ProcessingException | WebApplicationException unavailable) {
            LOG.info(() -> "Keycloak could not check user name " + name + " (" + unavailable.getClass().getSimpleName()
                    + "); queued unchecked, the outbox will check it");
            return;
        }
        if (refused) {
            throw new RuleViolation("identity.username-taken", name);
        }
    }
}
