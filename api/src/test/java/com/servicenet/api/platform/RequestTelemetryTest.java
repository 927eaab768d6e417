package com.servicenet.api.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestTelemetryTest {

    @Test
    void aPlainCallerIdIsKept() {
        assertEquals("shop-1:order-42.retry_2", RequestTelemetry.requestId("shop-1:order-42.retry_2"));
    }

    @Test
    void anythingElseGetsAFreshId() {
        for (String offered : new String[]{null, "", "a b", "x\ny", "<script>", "13812345678 张伟", "a".repeat(65)}) {
            String id = RequestTelemetry.requestId(offered);
            assertNotEquals(offered, id);
            assertTrue(id.matches("[0-9a-f]{32}"), id);
        }
        assertNotEquals(RequestTelemetry.requestId(null), RequestTelemetry.requestId(null));
    }

    @Test
    void endpointsAreNamedByTheirPathTemplate() {
        assertEquals("/repairs/{id}/parts", Endpoints.join("repairs", "{id}/parts"));
        assertEquals("/repairs", Endpoints.join("/repairs/", ""));
        assertEquals("/", Endpoints.join("", ""));
    }
}
