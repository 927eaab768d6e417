package com.servicenet.quality.entity;

/** How grave a complaint is; it sets the deadline by which HQ must close it (quality_setting). */
public enum Severity {
    LOW, MEDIUM, HIGH
}
