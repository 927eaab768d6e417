package com.servicenet.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    @Test
    void outletUserActsForTheOutletInTheToken() {
        Caller caller = Caller.of("manager.1", List.of(Roles.OUTLET_MANAGER, "offline_access"), "7");

        assertEquals(Optional.of(7L), caller.actingOutlet());
        assertFalse(caller.isHeadquarters());
        assertEquals(Set.of(Roles.OUTLET_MANAGER), caller.roles(), "roles the platform does not know are dropped");
    }

    @Test
    void headquartersNeverActsThroughAnOutlet() {
        Caller caller = Caller.of("hq.admin", List.of(Roles.HQ_NETWORK_ADMIN, Roles.OUTLET_MANAGER), "7");

        assertTrue(caller.isHeadquarters());
        assertEquals(Optional.empty(), caller.actingOutlet());
    }

    @Test
    void anOutletClaimWithoutAnOutletRoleGrantsNothing() {
        assertEquals(Optional.empty(), Caller.of("shopper", List.of(Roles.MYSTERY_SHOPPER), "7").actingOutlet());
    }

    @Test
    void malformedOutletClaimsMeanNoOutlet() {
        for (String claim : new String[] {null, "", " ", "abc", "0", "-3", "1; DROP TABLE outlet"}) {
            assertEquals(Optional.empty(), Caller.of("x", List.of(Roles.OUTLET_TECHNICIAN), claim).actingOutlet(), claim);
        }
    }
}
