package com.servicenet.identity;

import java.util.List;

/**
 * Role names as Keycloak puts them into the token's {@code groups} claim (deploy/keycloak/servicenet-realm.json).
 * Constants, because {@code @RolesAllowed} needs compile-time values.
 */
public final class Roles {

    public static final String HQ_NETWORK_ADMIN = "hq-network-admin";
    public static final String HQ_TRAINER = "hq-trainer";
    public static final String HQ_AUDITOR = "hq-auditor";
    public static final String HQ_QUALITY = "hq-quality";
    public static final String MYSTERY_SHOPPER = "mystery-shopper";
    public static final String OUTLET_MANAGER = "outlet-manager";
    public static final String OUTLET_TECHNICIAN = "outlet-technician";
    /** An outlet's own shop software, calling the API with client credentials. */
    public static final String OUTLET_SYSTEM = "outlet-system";

    /** Roles that act for HQ across all outlets. */
    public static final List<String> HEADQUARTERS = List.of(HQ_NETWORK_ADMIN, HQ_TRAINER, HQ_AUDITOR, HQ_QUALITY);

    /** Roles that act for exactly one outlet, named by the token's {@code outlet_id} claim. */
    public static final List<String> OUTLET = List.of(OUTLET_MANAGER, OUTLET_TECHNICIAN, OUTLET_SYSTEM);

    public static final List<String> ALL = List.of(HQ_NETWORK_ADMIN, HQ_TRAINER, HQ_AUDITOR, HQ_QUALITY,
            MYSTERY_SHOPPER, OUTLET_MANAGER, OUTLET_TECHNICIAN, OUTLET_SYSTEM);

    private Roles() {
    }
}
