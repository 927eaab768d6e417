package com.servicenet.training.entity;

/** An outlet asks (REQUESTED), HQ decides (ENROLLED takes a seat, DECLINED does not); HQ may also enrol directly. */
public enum EnrolmentStatus {
    REQUESTED,
    ENROLLED,
    DECLINED
}
