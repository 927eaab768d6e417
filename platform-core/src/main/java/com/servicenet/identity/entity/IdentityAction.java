package com.servicenet.identity.entity;

/** What the identity outbox asks Keycloak to do for an outlet. */
public enum IdentityAction {
    /** Tenant group, first manager account (must set a password at first login), API client for the shop software. */
    PROVISION_OUTLET,
    /** Every user and API client of the outlet disabled, their sessions ended: what replacement and termination imply. */
    DISABLE_OUTLET,
    ADD_USER,
    DISABLE_USER
}
