package com.servicenet.network.entity;

/** Whether the outlet's accounts exist in Keycloak, as far as the identity outbox has got. */
public enum IdentityStatus {
    NONE,
    PENDING,
    PROVISIONED,
    DISABLED,
    FAILED
}
