package com.servicenet.training.control;

/** What one run of the expiry job did; {@code ran} is false when another node had already run it that day. */
public record ExpiryRun(boolean ran, int expired, int expiringReminders, int expiredReminders) {

    static ExpiryRun skipped() {
        return new ExpiryRun(false, 0, 0, 0);
    }
}
