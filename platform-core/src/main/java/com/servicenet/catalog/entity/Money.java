package com.servicenet.catalog.entity;

import com.servicenet.rules.InvalidField;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan as the database keeps them: two decimals, never negative, below the column's limit. */
public final class Money {

    private static final BigDecimal LIMIT = new BigDecimal("100000000");

    private Money() {
    }

    public static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (value.signum() < 0) {
            throw new InvalidField(field, "money.negative");
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw new InvalidField(field, "money.too-large");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidField(field, "money.fen");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
