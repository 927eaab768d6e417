package com.servicenet.audits.entity;

/** Where an overall score falls; NOT_SCORED when every scored question was not applicable. */
public enum Band {
    GOOD,
    NEEDS_IMPROVEMENT,
    FAILING,
    NOT_SCORED
}
