package com.servicenet.audits.entity;

import java.math.BigDecimal;

/** One answer as the form sends it; which field counts depends on the question's kind. */
public record Response(boolean notApplicable, Boolean yes, Integer scale, BigDecimal number, String text, String comment) {

    public static Response notApplicableAnswer() {
        return new Response(true, null, null, null, null, null);
    }

    public static Response yes(boolean yes) {
        return new Response(false, yes, null, null, null, null);
    }

    public static Response scale(int value) {
        return new Response(false, null, value, null, null, null);
    }
}
