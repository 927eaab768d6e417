package com.servicenet.tenancy;

/**
 * The caller's outlet has been terminated (replaced, or dropped from the network). Its tokens stay
 * cryptographically valid until they expire and Keycloak may not have disabled the accounts yet, so the
 * platform refuses them itself.
 */
public class AccessRevokedException extends RuntimeException {

    public AccessRevokedException(long outletId) {
        super("outlet " + outletId + " is terminated");
    }
}
