package com.servicenet.quality.entity;

import com.servicenet.rules.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** HQ's quality knobs: the callback sample, complaint deadlines, watch thresholds and early-warning sensitivity. One row. */
@Entity
@Table(name = "quality_setting")
public class QualitySettings implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Short id;

    @Column(name = "callback_sample_percent", nullable = false)
    private int callbackSamplePercent;

    @Column(name = "callback_max_attempts", nullable = false)
    private int callbackMaxAttempts;

    @Column(name = "repeat_days", nullable = false)
    private int repeatDays;

    @Column(name = "deadline_low_hours", nullable = false)
    private int deadlineLowHours;

    @Column(name = "deadline_medium_hours", nullable = false)
    private int deadlineMediumHours;

    @Column(name = "deadline_high_hours", nullable = false)
    private int deadlineHighHours;

    @Column(name = "watch_complaint_rate", nullable = false)
    private BigDecimal watchComplaintRate;

    @Column(name = "watch_omission_rate", nullable = false)
    private BigDecimal watchOmissionRate;

    @Column(name = "watch_dissatisfaction_rate", nullable = false)
    private BigDecimal watchDissatisfactionRate;

    @Column(name = "watch_min_closed", nullable = false)
    private int watchMinClosed;

    @Column(name = "watch_months", nullable = false)
    private int watchMonths;

    @Column(name = "warning_factor", nullable = false)
    private BigDecimal warningFactor;

    @Column(name = "warning_min_count", nullable = false)
    private int warningMinCount;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected QualitySettings() {
        // for JPA
    }

    public record Values(int callbackSamplePercent, int callbackMaxAttempts, int repeatDays, int deadlineLowHours,
                         int deadlineMediumHours, int deadlineHighHours, BigDecimal watchComplaintRate,
                         BigDecimal watchOmissionRate, BigDecimal watchDissatisfactionRate, int watchMinClosed,
                         int watchMonths, BigDecimal warningFactor, int warningMinCount) implements java.io.Serializable {
    }

    public Values values() {
        return new Values(callbackSamplePercent, callbackMaxAttempts, repeatDays, deadlineLowHours, deadlineMediumHours,
                deadlineHighHours, watchComplaintRate, watchOmissionRate, watchDissatisfactionRate, watchMinClosed,
                watchMonths, warningFactor, warningMinCount);
    }

    /** Takes all values at once, each checked before any is kept (the database's CHECKs say the same). */
    public void change(Values v, String by, Instant at) {
        range("callbackSamplePercent", v.callbackSamplePercent(), 0, 100);
        range("callbackMaxAttempts", v.callbackMaxAttempts(), 1, 10);
        range("repeatDays", v.repeatDays(), 1, 365);
        range("deadlineHighHours", v.deadlineHighHours(), 1, 2160);
        range("deadlineMediumHours", v.deadlineMediumHours(), v.deadlineHighHours(), 2160);
        range("deadlineLowHours", v.deadlineLowHours(), v.deadlineMediumHours(), 2160);
        share("watchComplaintRate", v.watchComplaintRate());
        share("watchOmissionRate", v.watchOmissionRate());
        share("watchDissatisfactionRate", v.watchDissatisfactionRate());
        range("watchMinClosed", v.watchMinClosed(), 0, 1_000_000);
        range("watchMonths", v.watchMonths(), 1, 12);
        if (v.warningFactor() == null || v.warningFactor().compareTo(BigDecimal.ONE) < 0 || v.warningFactor().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidField("warningFactor", "quality.setting-range", 1, 100);
        }
        range("warningMinCount", v.warningMinCount(), 1, 1_000_000);
        callbackSamplePercent = v.callbackSamplePercent();
        callbackMaxAttempts = v.callbackMaxAttempts();
        repeatDays = v.repeatDays();
        deadlineLowHours = v.deadlineLowHours();
        deadlineMediumHours = v.deadlineMediumHours();
        deadlineHighHours = v.deadlineHighHours();
        watchComplaintRate = v.watchComplaintRate();
        watchOmissionRate = v.watchOmissionRate();
        watchDissatisfactionRate = v.watchDissatisfactionRate();
        watchMinClosed = v.watchMinClosed();
        watchMonths = v.watchMonths();
        warningFactor = v.warningFactor();
        warningMinCount = v.warningMinCount();
        updatedBy = by;
        updatedAt = at;
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidField(field, "quality.setting-range", min, max);
        }
    }

    private static void share(String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.scale() > 4) {
            throw new InvalidField(field, "quality.share-range");
        }
    }

    public Duration deadline(Severity severity) {
        return Duration.ofHours(switch (severity) {
            case LOW -> deadlineLowHours;
            case MEDIUM -> deadlineMediumHours;
            case HIGH -> deadlineHighHours;
        });
    }

    public int callbackSamplePercent() { return callbackSamplePercent; }
    public int callbackMaxAttempts() { return callbackMaxAttempts; }
    public int repeatDays() { return repeatDays; }
    public BigDecimal watchComplaintRate() { return watchComplaintRate; }
    public BigDecimal watchOmissionRate() { return watchOmissionRate; }
    public BigDecimal watchDissatisfactionRate() { return watchDissatisfactionRate; }
    public int watchMinClosed() { return watchMinClosed; }
    public int watchMonths() { return watchMonths; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
