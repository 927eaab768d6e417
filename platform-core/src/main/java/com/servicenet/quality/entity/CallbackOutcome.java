package com.servicenet.quality.entity;

import com.servicenet.rules.InvalidField;
import com.servicenet.rules.Term;

import java.util.Optional;

/**
 * What the customer said on a callback: satisfaction 1–5, whether the fault is fixed, whether they paid what the
 * receipt says. A dissatisfied customer (1 or 2), an unfixed fault or a charge above the receipt raises a
 * complaint on its own.
 */
public record CallbackOutcome(int satisfaction, boolean fixed, boolean chargedAsReceipt, String comment) {

    /** Satisfaction at or below this is dissatisfied (the dissatisfaction rate counts these). */
    public static final int DISSATISFIED_AT_MOST = 2;

    public static CallbackOutcome of(Integer satisfaction, Boolean fixed, Boolean chargedAsReceipt, String comment) {
        if (satisfaction == null) {
            throw new InvalidField("satisfaction", "field.required", Term.of("field.satisfaction"));
        }
        if (satisfaction < 1 || satisfaction > 5) {
            throw new InvalidField("satisfaction", "callback.satisfaction-range");
        }
        if (fixed == null) {
            throw new InvalidField("fixed", "field.required", Term.of("field.fixed"));
        }
        if (chargedAsReceipt == null) {
            throw new InvalidField("chargedAsReceipt", "field.required", Term.of("field.chargedAsReceipt"));
        }
        return new CallbackOutcome(satisfaction, fixed, chargedAsReceipt, QualityText.optional(comment, "comment", Complaint.TEXT_MAX));
    }

    public boolean dissatisfied() {
        return satisfaction <= DISSATISFIED_AT_MOST;
    }

    /**
     * The complaint this answer raises, if any: overcharging (high) before an unfixed fault (medium) before plain
     * dissatisfaction (low, as a complaint about the repair).
     */
    public Optional<Raised> complaint() {
        if (!chargedAsReceipt) {
            return Optional.of(new Raised(ComplaintCategory.OVERCHARGING, Severity.HIGH));
        }
        if (!fixed) {
            return Optional.of(new Raised(ComplaintCategory.REPAIR_QUALITY, Severity.MEDIUM));
        }
        if (dissatisfied()) {
            return Optional.of(new Raised(ComplaintCategory.REPAIR_QUALITY, Severity.LOW));
        }
        return Optional.empty();
    }

    public record Raised(ComplaintCategory category, Severity severity) {
    }
}
