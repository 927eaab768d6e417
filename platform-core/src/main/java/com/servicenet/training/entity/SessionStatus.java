package com.servicenet.training.entity;

/** A training session is planned, then either held (its results recorded) or cancelled. */
public enum SessionStatus {
    PLANNED,
    COMPLETED,
    CANCELLED
}
