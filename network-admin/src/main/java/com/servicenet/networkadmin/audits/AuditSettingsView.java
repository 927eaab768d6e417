package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.AuditSettings;
import com.servicenet.audits.entity.AuditRules;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** HQ's audit settings: the score bands, the probation rule and the scheduler's least gap between visits. */
@Named
@ViewScoped
public class AuditSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "settings-form:settings-messages";
    private static final Map<String, String> FIELDS = Map.of("probationFailures", "settings-form:settings-failures",
            "probationMonths", "settings-form:settings-months", "minGapDays", "settings-form:settings-gap");

    @Inject
    AuditSettings settings;

    @Inject
    AuditStaff staff;

    private BigDecimal goodFrom;
    private BigDecimal failingBelow;
    private Integer failures;
    private Integer months;
    private Integer gapDays;

    @PostConstruct
    void load() {
        AuditRules rules = settings.rules();
        goodFrom = rules.bands().goodFrom();
        failingBelow = rules.bands().failingBelow();
        failures = rules.probationFailures();
        months = rules.probationMonths();
        gapDays = rules.minGapDays();
    }

    public void save() {
        if (!staff.permits(MESSAGES)) {
            return;
        }
        if (AuditTexts.attempt(MESSAGES, FIELDS, () -> settings.change(goodFrom, failingBelow, orZero(failures), orZero(months),
                gapDays == null ? -1 : gapDays), "settings.saved")) {
            load();
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public BigDecimal getGoodFrom() {
        return goodFrom;
    }

    public void setGoodFrom(BigDecimal goodFrom) {
        this.goodFrom = goodFrom;
    }

    public BigDecimal getFailingBelow() {
        return failingBelow;
    }

    public void setFailingBelow(BigDecimal failingBelow) {
        this.failingBelow = failingBelow;
    }

    public Integer getFailures() {
        return failures;
    }

    public void setFailures(Integer failures) {
        this.failures = failures;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public Integer getGapDays() {
        return gapDays;
    }

    public void setGapDays(Integer gapDays) {
        this.gapDays = gapDays;
    }
}
