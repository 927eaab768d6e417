package com.servicenet.network.control;

/** An identity task was committed; the worker observes this after commit to apply it without waiting for its timer. */
public record IdentityTaskQueued(long taskId) {
}
