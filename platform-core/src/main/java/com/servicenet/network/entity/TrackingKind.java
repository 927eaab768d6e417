package com.servicenet.network.entity;

/** What an entry of an outlet's tracking record (跟踪记录) tells. */
public enum TrackingKind {
    REGISTERED,
    NOTE,
    STATUS,
    APPOINTED,
    RELEASED,
    REPLACED,
    SUCCEEDED,
    PROFILE,
    IDENTITY
}
