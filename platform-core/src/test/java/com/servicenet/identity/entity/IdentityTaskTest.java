package com.servicenet.identity.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityTaskTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void retriesBackOffExponentiallyUpToFiveMinutes() {
        IdentityTask task = IdentityTask.disableOutlet(7, "hq.admin", NOW);

        task.failed("Keycloak unreachable", NOW);
        assertEquals(NOW.plusSeconds(2), task.nextAttemptAt());
        task.failed("Keycloak unreachable", NOW);
        assertEquals(NOW.plusSeconds(4), task.nextAttemptAt());
        for (int i = 0; i < 20; i++) {
            task.failed("Keycloak unreachable", NOW);
        }
        assertEquals(NOW.plus(Duration.ofMinutes(5)), task.nextAttemptAt());
        assertEquals(22, task.attempts());
    }

    @Test
    void theTemporaryPasswordIsErasedOnceApplied() {
        IdentityTask task = IdentityTask.provisionOutlet(7, "manager.7", null, "s3cret-once", "hq.admin", NOW);
        task.failed("x".repeat(5000), NOW);
        assertEquals(2000, task.lastError().length());

        task.succeeded(NOW);

        assertNull(task.secret());
        assertNull(task.lastError());
        assertTrue(task.isDone());
    }
}
