package com.servicenet.network.control;

import java.time.Instant;

/**
 * Fired inside the replacement's transaction. Capabilities that own outlet work (repairs, later) observe it
 * to hand open work over to the successor; an observer that throws aborts the whole replacement.
 */
public record OutletReplaced(long outgoingId, long successorId, Instant at) {
}
