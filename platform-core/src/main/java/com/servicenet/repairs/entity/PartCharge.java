package com.servicenet.repairs.entity;

import com.servicenet.catalog.entity.Money;
import com.servicenet.rules.InvalidField;

import java.math.BigDecimal;
import java.util.Locale;

/** A part as reported: its code on the price list, how many, and the unit price charged. */
public record PartCharge(String partCode, int quantity, BigDecimal unitPrice) {

    /** @param line how the caller names this line, e.g. {@code parts[2]}, or null for a part sent on its own */
    public static PartCharge of(String line, String partCode, Integer quantity, BigDecimal unitPrice) {
        String code = Fields.required(partCode, field(line, "partCode"), 32).toUpperCase(Locale.ROOT);
        if (quantity == null || quantity < 1 || quantity > 999) {
            throw new InvalidField(field(line, "quantity"), "repair.part.quantity");
        }
        if (unitPrice == null) {
            Fields.required(null, field(line, "unitPrice"), 0);
        }
        return new PartCharge(code, quantity, Money.amount(unitPrice, field(line, "unitPrice")));
    }

    static String field(String line, String name) {
        return line == null ? name : line + "." + name;
    }
}
