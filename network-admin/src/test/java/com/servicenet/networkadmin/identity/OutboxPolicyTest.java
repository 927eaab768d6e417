package com.servicenet.networkadmin.identity;

import com.servicenet.identity.entity.IdentityAction;
import com.servicenet.network.entity.IdentityStatus;
import com.servicenet.rules.RuleViolation;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.EnumSet;

import static com.servicenet.identity.entity.IdentityAction.ADD_USER;
import static com.servicenet.identity.entity.IdentityAction.DISABLE_OUTLET;
import static com.servicenet.identity.entity.IdentityAction.DISABLE_USER;
import static com.servicenet.identity.entity.IdentityAction.PROVISION_OUTLET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxPolicyTest {

    @Test
    void disablingAnOutletOvertakesEverythingBeforeIt() {
        assertEquals(EnumSet.allOf(IdentityAction.class), OutboxPolicy.overtakes(DISABLE_OUTLET));
    }

    @Test
    void aNewProvisioningReplacesOnlyAnEarlierProvisioning() {
        assertEquals(EnumSet.of(PROVISION_OUTLET), OutboxPolicy.overtakes(PROVISION_OUTLET));
    }

    @Test
    void userChangesWaitTheirTurn() {
        assertTrue(OutboxPolicy.overtakes(ADD_USER).isEmpty());
        assertTrue(OutboxPolicy.overtakes(DISABLE_USER).isEmpty());
    }

    @Test
    void theClaimQueryStatesTheSameRule() {
        assertEquals("((t.action = 'PROVISION_OUTLET' AND e.action IN ('PROVISION_OUTLET'))"
                        + " OR (t.action = 'DISABLE_OUTLET' AND e.action IN ('ADD_USER', 'DISABLE_OUTLET', 'DISABLE_USER', 'PROVISION_OUTLET')))",
                OutboxPolicy.overtakesSql("t", "e"));
    }

    @Test
    void statusFollowsTheLastTaskOnceNoneIsOpen() {
        assertEquals(IdentityStatus.PROVISIONED, OutboxPolicy.afterSuccess(PROVISION_OUTLET, false));
        assertEquals(IdentityStatus.PROVISIONED, OutboxPolicy.afterSuccess(ADD_USER, false));
        assertEquals(IdentityStatus.PROVISIONED, OutboxPolicy.afterSuccess(DISABLE_USER, false));
        assertEquals(IdentityStatus.DISABLED, OutboxPolicy.afterSuccess(DISABLE_OUTLET, false));
        assertEquals(IdentityStatus.PENDING, OutboxPolicy.afterSuccess(PROVISION_OUTLET, true));
    }

    @Test
    void anOutageStaysPendingForAWhileARefusalFailsAtOnce() {
        ProcessingException down = new ProcessingException(new ConnectException("Connection refused"));
        assertEquals(IdentityStatus.PENDING, OutboxPolicy.afterFailure(down, 1));
        assertEquals(IdentityStatus.FAILED, OutboxPolicy.afterFailure(down, OutboxPolicy.ATTEMPTS_BEFORE_FAILED));
        assertEquals(IdentityStatus.FAILED, OutboxPolicy.afterFailure(new RuleViolation("identity.username-taken", "x"), 1));
    }

    @Test
    void failuresAreDescribedWithoutTheSecret() {
        String secret = "S3cretTemp0rary";
        assertEquals("Keycloak unreachable: ConnectException: Connection refused",
                OutboxPolicy.describe(new ProcessingException("RESTEASY004655", new ConnectException("Connection refused")), secret));
        assertEquals("Keycloak answered HTTP 503 Service Unavailable",
                OutboxPolicy.describe(new ServiceUnavailableException(), secret));
        assertEquals("User name mgr.1 is already taken by another account.",
                OutboxPolicy.describe(new RuleViolation("identity.username-taken", "mgr.1"), secret));
        String leaked = OutboxPolicy.describe(new IllegalStateException("bad password " + secret), secret);
        assertFalse(leaked.contains(secret), leaked);
        assertTrue(OutboxPolicy.describe(new IllegalStateException("x".repeat(5000)), null).length() <= 500);
    }
}
