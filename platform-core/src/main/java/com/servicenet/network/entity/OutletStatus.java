package com.servicenet.network.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where an outlet stands in HQ's network: 候选 → 试用 → 正式 → 暂停 → 终止. */
public enum OutletStatus {
    CANDIDATE,
    PROBATION,
    ACTIVE,
    SUSPENDED,
    TERMINATED;

    /** The moves HQ may make from this status. Terminated is final: a replaced outlet is never reinstated. */
    public Set<OutletStatus> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(PROBATION, TERMINATED);
            case PROBATION -> EnumSet.of(ACTIVE, SUSPENDED, TERMINATED);
            // an active outlet that keeps failing audits goes back on probation (audits.control.Consequences)
            case ACTIVE -> EnumSet.of(PROBATION, SUSPENDED, TERMINATED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(OutletStatus.class);
        };
    }

    public boolean canMoveTo(OutletStatus target) {
        return next().contains(target);
    }

    /** Suspending and terminating an outlet are accusations: they need a reason on record. */
    public boolean needsReason() {
        return this == SUSPENDED || this == TERMINATED;
    }

    /** Only an outlet on probation or active may be given a region; a candidate is put on probation by it. */
    public boolean mayBeAppointed() {
        return this == CANDIDATE || this == PROBATION || this == ACTIVE;
    }

    /** A region whose holder is in one of these statuses is served; otherwise it is a coverage gap. */
    public boolean serves() {
        return this == PROBATION || this == ACTIVE;
    }
}
