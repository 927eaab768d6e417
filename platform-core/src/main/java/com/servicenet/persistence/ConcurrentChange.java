package com.servicenet.persistence;

/**
 * Whether a failure is a lost race on a versioned row ({@code @Version}): someone else changed it between this
 * caller's read and its write. Such a failure reaches the edge wrapped in whatever the transaction's commit threw,
 * so the cause chain is searched. The edge answers it as a conflict the user can resolve by reloading, not as 500.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // EclipseLink's own exception (thrown at commit, not always wrapped) is named, not linked against
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || "org.eclipse.persistence.exceptions.OptimisticLockException".equals(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
