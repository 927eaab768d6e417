package com.servicenet.repairs.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a repair job stands: received → diagnosed → (waiting for parts →) repaired → closed, or cancelled. */
public enum RepairStatus {
    RECEIVED,
    DIAGNOSED,
    WAITING_FOR_PARTS,
    REPAIRED,
    CLOSED,
    CANCELLED;

    /** The statuses a repair may move to from this one; none once it is closed or cancelled. */
    public Set<RepairStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(DIAGNOSED, CANCELLED);
            case DIAGNOSED -> EnumSet.of(WAITING_FOR_PARTS, REPAIRED, CANCELLED);
            case WAITING_FOR_PARTS -> EnumSet.of(REPAIRED, CANCELLED);
            case REPAIRED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(RepairStatus.class);
        };
    }

    public boolean open() {
        return this != CLOSED && this != CANCELLED;
    }
}
