package com.servicenet.training.entity;

/**
 * What a certificate is, as stored and as the public check reports it. EXPIRED is written by the daily job;
 * whether a certificate is valid on a given day is decided by its dates, so the gate never waits for the job.
 */
public enum CertificationState {
    VALID,
    EXPIRED,
    REVOKED
}
