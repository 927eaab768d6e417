package com.servicenet.identity.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityTaskSupersededTest {

    @Test
    void aSupersededTaskIsClosedAndForgetsItsPassword() {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        IdentityTask task = IdentityTask.provisionOutlet(7, "manager.7", null, "Temp0rary", "hq.admin", at);

        task.supersededBy(42, at.plusSeconds(3));

        assertTrue(task.isDone());
        assertEquals(at.plusSeconds(3), task.doneAt());
        assertNull(task.secret());
        assertEquals("superseded by task 42", task.lastError());
    }
}
