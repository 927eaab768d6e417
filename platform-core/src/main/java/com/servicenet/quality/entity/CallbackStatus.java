package com.servicenet.quality.entity;

/** A callback is open until the customer answered (completed) or could not be reached often enough. */
public enum CallbackStatus {
    OPEN, COMPLETED, UNREACHABLE
}
