package com.servicenet.quality.entity;

/** The kinds of entry in a complaint's history. */
public enum ComplaintStep {
    RECEIVED, INVESTIGATING, OUTLET_ASKED, OUTLET_RESPONDED, NOTE, RESOLVED, REJECTED
}
