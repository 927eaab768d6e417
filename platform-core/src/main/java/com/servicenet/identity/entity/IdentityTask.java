package com.servicenet.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An identity change in Keycloak that a business change implies (ARCHITECTURE.md, decision 9). It commits in
 * the same PostgreSQL transaction as that change, and a worker applies it afterwards, retrying with back-off
 * until Keycloak has it. Applying one twice must be harmless.
 */
@Entity
@Table(name = "identity_task")
public class IdentityTask {

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(name = "identity_task_seq", sequenceName = "identity_task_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_task_seq")
    private Long id;

    @Column(name = "outlet_id", nullable = false)
    private Long outletId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private IdentityAction action;

    @Column(length = 100)
    private String username;

    @Column(length = 200)
    private String email;

    @Column(length = 200)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "done_at")
    private Instant doneAt;

    protected IdentityTask() {
        // for JPA
    }

    private IdentityTask(long outletId, IdentityAction action, String requestedBy, Instant at) {
        this.outletId = outletId;
        this.action = action;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /** @param temporaryPassword the first manager's one-time password, erased once Keycloak has it */
    public static IdentityTask provisionOutlet(long outletId, String managerUsername, String managerEmail,
                                              String temporaryPassword, String requestedBy, Instant at) {
        IdentityTask task = new IdentityTask(outletId, IdentityAction.PROVISION_OUTLET, requestedBy, at);
        task.username = managerUsername;
        task.email = managerEmail;
        task.secret = temporaryPassword;
        return task;
    }

    public static IdentityTask disableOutlet(long outletId, String requestedBy, Instant at) {
        return new IdentityTask(outletId, IdentityAction.DISABLE_OUTLET, requestedBy, at);
    }

    public static IdentityTask addUser(long outletId, String username, String email, String temporaryPassword,
                                       String requestedBy, Instant at) {
        IdentityTask task = new IdentityTask(outletId, IdentityAction.ADD_USER, requestedBy, at);
        task.username = username;
        task.email = email;
        task.secret = temporaryPassword;
        return task;
    }

    public static IdentityTask disableUser(long outletId, String username, String requestedBy, Instant at) {
        IdentityTask task = new IdentityTask(outletId, IdentityAction.DISABLE_USER, requestedBy, at);
        task.username = username;
        return task;
    }

    public void succeeded(Instant at) {
        this.doneAt = at;
        this.secret = null;
        this.lastError = null;
    }

    /**
     * A later task of the same outlet makes this one pointless (the outlet's accounts are being disabled, or
     * provisioned afresh), so it is closed without being applied; its temporary password goes with it.
     */
    public void supersededBy(long laterTaskId, Instant at) {
        this.doneAt = at;
        this.secret = null;
        this.lastError = "superseded by task " + laterTaskId;
    }

    /** Exponential back-off from 2 s, at most five minutes between tries. */
    public void failed(String error, Instant at) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 9));
        this.nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Long id() {
        return id;
    }

    public long outletId() {
        return outletId;
    }

    public IdentityAction action() {
        return action;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String secret() {
        return secret;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
