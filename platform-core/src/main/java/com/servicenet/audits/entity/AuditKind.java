package com.servicenet.audits.entity;

/** 不定期抽查 by an HQ auditor, or 秘密监察 by a shopper posing as a customer. */
public enum AuditKind {
    SPOT_CHECK,
    MYSTERY_SHOP
}
