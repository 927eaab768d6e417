package com.servicenet.quality.entity;

/** received → investigating → resolved or rejected; only HQ moves it. */
public enum ComplaintStatus {
    RECEIVED, INVESTIGATING, RESOLVED, REJECTED;

    public boolean closed() {
        return this == RESOLVED || this == REJECTED;
    }
}
