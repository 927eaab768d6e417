package com.servicenet.network.entity;

/** Where an outlet stands in HQ's network: 候选 → 试用 → 正式 → 暂停 → 终止. */
public enum OutletStatus {
    CANDIDATE,
    PROBATION,
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
