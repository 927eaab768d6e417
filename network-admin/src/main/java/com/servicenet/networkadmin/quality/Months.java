package com.servicenet.networkadmin.quality;

import com.servicenet.persistence.Moments;
import com.servicenet.quality.entity.QualityRules;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months as typed into an address bar or a filter ("2026-06"), in the business time zone. */
final class Months {

    private Months() {
    }

    /** The current month in China. */
    static YearMonth current() {
        return QualityRules.month(Moments.now());
    }

    /** The month the text names, or null when it names none. */
    static YearMonth parse(String text) {
        if (text == null || !text.strip().matches("[0-9]{4}-[0-9]{2}")) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
