package com.servicenet.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The authenticated caller as the verified token describes it: name, platform roles and the outlet claim.
 * Boundaries build one from a JWT or an OpenID Connect identity; the tenancy rule lives here once.
 */
public record Caller(String name, Set<String> roles, Optional<Long> outletId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /**
     * @param outletClaim the token's {@code outlet_id} claim as text; anything but a positive number means none
     */
    public static Caller of(String name, Collection<String> tokenGroups, String outletClaim) {
        Set<String> known = new TreeSet<>(tokenGroups);
        known.retainAll(Roles.ALL);
        return new Caller(name, known, parseOutlet(outletClaim));
    }

    public boolean isHeadquarters() {
        return Roles.HEADQUARTERS.stream().anyMatch(roles::contains);
    }

    /** A mystery shopper and nothing else: neither HQ nor any outlet's staff. */
    public boolean isShopper() {
        return roles.contains(Roles.MYSTERY_SHOPPER) && !isHeadquarters() && actingOutlet().isEmpty();
    }

    /** The outlet this caller acts for: only outlet roles act for an outlet, and HQ never through one. */
    public Optional<Long> actingOutlet() {
        boolean outletRole = Roles.OUTLET.stream().anyMatch(roles::contains);
        return outletRole && !isHeadquarters() ? outletId : Optional.empty();
    }

    private static Optional<Long> parseOutlet(String claim) {
        if (claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(claim.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notAnOutlet) {
            return Optional.empty();
        }
    }
}
