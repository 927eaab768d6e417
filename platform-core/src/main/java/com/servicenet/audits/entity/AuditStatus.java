package com.servicenet.audits.entity;

/**
 * PLANNED (maybe assigned) → IN_PROGRESS (a draft saved) → SUBMITTED (once; scored) → RELEASED (the outlet
 * sees it); PLANNED or IN_PROGRESS may be CANCELLED.
 */
public enum AuditStatus {
    PLANNED,
    IN_PROGRESS,
    SUBMITTED,
    RELEASED,
    CANCELLED;

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
