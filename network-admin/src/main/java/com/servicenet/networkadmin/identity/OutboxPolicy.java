package com.servicenet.networkadmin.identity;

import com.servicenet.identity.entity.IdentityAction;
import com.servicenet.network.entity.IdentityStatus;
import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The identity outbox's rules, kept pure so that they can be tested without a database or Keycloak: in which order
 * an outlet's tasks are applied, what the outlet's identity status becomes, and how a failure is put into words.
 */
final class OutboxPolicy {

    /** After this many failed attempts HQ sees the outlet's identity as failed, while the retries go on. */
    static final int ATTEMPTS_BEFORE_FAILED = 5;

    private static final int LONGEST_ERROR = 500;

    private OutboxPolicy() {
    }

    /**
     * The earlier open tasks of the same outlet that a task makes pointless, and may therefore overtake and close:
     * disabling the outlet makes everything before it pointless; a new provisioning replaces an earlier one that
     * never got through (e.g. a manager name that was taken). Every other task waits for the ones before it, so an
     * outlet's tasks reach Keycloak in the order HQ queued them.
     */
    static Set<IdentityAction> overtakes(IdentityAction later) {
        return switch (later) {
            case DISABLE_OUTLET -> EnumSet.allOf(IdentityAction.class);
            case PROVISION_OUTLET -> EnumSet.of(IdentityAction.PROVISION_OUTLET);
            case ADD_USER, DISABLE_USER -> EnumSet.noneOf(IdentityAction.class);
        };
    }

    /**
     * SQL condition saying that the open earlier task {@code e} does not hold back task {@code t}: {@link #overtakes}
     * as SQL, so that the claim query and the Java rule cannot drift apart.
     */
    static String overtakesSql(String t, String e) {
        return Arrays.stream(IdentityAction.values())
                .filter(action -> !overtakes(action).isEmpty())
                .map(action -> "(" + t + ".action = '" + action.name() + "' AND " + e + ".action IN ("
                        + overtakes(action).stream().map(a -> "'" + a.name() + "'").sorted().collect(Collectors.joining(", "))
                        + "))")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** The outlet's identity status once a task has been applied; pending while more of its tasks are open. */
    static IdentityStatus afterSuccess(IdentityAction action, boolean moreOpen) {
        if (moreOpen) {
            return IdentityStatus.PENDING;
        }
        return action == IdentityAction.DISABLE_OUTLET ? IdentityStatus.DISABLED : IdentityStatus.PROVISIONED;
    }

    /**
     * The outlet's identity status after a failed attempt: still pending while Keycloak is merely unavailable,
     * failed when Keycloak refuses the change itself or the attempts pile up, so that HQ looks at it.
     */
    static IdentityStatus afterFailure(Throwable failure, int attempts) {
        return failure instanceof RuleViolation || attempts >= ATTEMPTS_BEFORE_FAILED ? IdentityStatus.FAILED : IdentityStatus.PENDING;
    }

    /**
     * A failure in words for the task's last error and the log: what Keycloak answered, never a request body,
     * and never the task's secret even if some message carried it.
     */
    static String describe(Throwable failure, String secret) {
        String text;
        if (failure instanceof RuleViolation violation) {
            text = RuleTexts.render(violation, Locale.ENGLISH);
        } else if (failure instanceof WebApplicationException http) {
            text = "Keycloak answered HTTP " + http.getResponse().getStatus() + " "
                    + http.getResponse().getStatusInfo().getReasonPhrase();
        } else if (failure instanceof ProcessingException) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            text = "Keycloak unreachable: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        } else {
            text = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        if (secret != null && !secret.isEmpty()) {
            text = text.replace(secret, "***");
        }
        return text.length() > LONGEST_ERROR ? text.substring(0, LONGEST_ERROR) : text;
    }
}
