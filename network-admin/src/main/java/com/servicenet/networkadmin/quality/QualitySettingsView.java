package com.servicenet.networkadmin.quality;

import com.servicenet.quality.control.QualityPolicy;
import com.servicenet.quality.entity.QualitySettings;
import com.servicenet.repairs.entity.ServiceType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * HQ's quality settings: the callback sample and tries, complaint deadlines per severity, the watch list's
 * thresholds (shares, e.g. 0.05 = 5 %) and window, the early warning's sensitivity; and the response promise per
 * service type, where a change holds for requests received from now on (the past keeps its promise). HQ's
 * quality staff change them; every other HQ role reads.
 */
@Named
@ViewScoped
public class QualitySettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "settings-form:settings-messages";
    private static final String PROMISE_MESSAGES = "promises-form:promises-messages";
    private static final List<String> NAMES = List.of("callbackSamplePercent", "callbackMaxAttempts", "repeatDays", "deadlineLowHours",
            "deadlineMediumHours", "deadlineHighHours", "watchComplaintRate", "watchOmissionRate", "watchDissatisfactionRate",
            "watchMinClosed", "watchMonths", "warningFactor", "warningMinCount");
    private static final Map<String, String> FIELDS = fields();

    @Inject
    QualityPolicy policy;

    @Inject
    QualityStaff staff;

    private Form form;
    private String updatedBy;
    private java.time.Instant updatedAt;
    private List<PromiseRow> promises = List.of();

    /** One service type's promise: the hours in force and those typed. */
    public static final class PromiseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ServiceType type;
        private final Integer inForce;
        private Integer hours;

        PromiseRow(ServiceType type, Integer inForce) {
            this.type = type;
            this.inForce = inForce;
            this.hours = inForce;
        }

        boolean changed() {
            return hours != null && !hours.equals(inForce);
        }

        public ServiceType getType() { return type; }
        public Integer getHours() { return hours; }
        public void setHours(Integer hours) { this.hours = hours; }
    }

    /** The settings as a form: every field a bean property, so that a refused one keeps what was typed. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private int callbackSamplePercent;
        private int callbackMaxAttempts;
        private int repeatDays;
        private int deadlineLowHours;
        private int deadlineMediumHours;
        private int deadlineHighHours;
        private BigDecimal watchComplaintRate;
        private BigDecimal watchOmissionRate;
        private BigDecimal watchDissatisfactionRate;
        private int watchMinClosed;
        private int watchMonths;
        private BigDecimal warningFactor;
        private int warningMinCount;

        Form(QualitySettings.Values v) {
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
        }

        QualitySettings.Values values() {
            return new QualitySettings.Values(callbackSamplePercent, callbackMaxAttempts, repeatDays, deadlineLowHours, deadlineMediumHours,
                    deadlineHighHours, watchComplaintRate, watchOmissionRate, watchDissatisfactionRate, watchMinClosed, watchMonths,
                    warningFactor, warningMinCount);
        }

        public int getCallbackSamplePercent() { return callbackSamplePercent; }
        public void setCallbackSamplePercent(int value) { callbackSamplePercent = value; }
        public int getCallbackMaxAttempts() { return callbackMaxAttempts; }
        public void setCallbackMaxAttempts(int value) { callbackMaxAttempts = value; }
        public int getRepeatDays() { return repeatDays; }
        public void setRepeatDays(int value) { repeatDays = value; }
        public int getDeadlineLowHours() { return deadlineLowHours; }
        public void setDeadlineLowHours(int value) { deadlineLowHours = value; }
        public int getDeadlineMediumHours() { return deadlineMediumHours; }
        public void setDeadlineMediumHours(int value) { deadlineMediumHours = value; }
        public int getDeadlineHighHours() { return deadlineHighHours; }
        public void setDeadlineHighHours(int value) { deadlineHighHours = value; }
        public BigDecimal getWatchComplaintRate() { return watchComplaintRate; }
        public void setWatchComplaintRate(BigDecimal value) { watchComplaintRate = value; }
        public BigDecimal getWatchOmissionRate() { return watchOmissionRate; }
        public void setWatchOmissionRate(BigDecimal value) { watchOmissionRate = value; }
        public BigDecimal getWatchDissatisfactionRate() { return watchDissatisfactionRate; }
        public void setWatchDissatisfactionRate(BigDecimal value) { watchDissatisfactionRate = value; }
        public int getWatchMinClosed() { return watchMinClosed; }
        public void setWatchMinClosed(int value) { watchMinClosed = value; }
        public int getWatchMonths() { return watchMonths; }
        public void setWatchMonths(int value) { watchMonths = value; }
        public BigDecimal getWarningFactor() { return warningFactor; }
        public void setWarningFactor(BigDecimal value) { warningFactor = value; }
        public int getWarningMinCount() { return warningMinCount; }
        public void setWarningMinCount(int value) { warningMinCount = value; }
    }

    /** f:viewAction. */
    public void load() {
        QualitySettings settings = policy.settings();
        form = new Form(settings.values());
        updatedBy = settings.updatedBy();
        updatedAt = settings.updatedAt();
        Map<ServiceType, Integer> inForce = policy.promises();
        promises = java.util.Arrays.stream(ServiceType.values()).map(t -> new PromiseRow(t, inForce.get(t))).toList();
    }

    public void save() {
        if (staff.permits(MESSAGES) && QualityTexts.attempt(MESSAGES, FIELDS, () -> policy.change(form.values()), "settings.saved")) {
            load();
        }
    }

    /** Starts a new promise for each service type whose hours changed. */
    public void savePromises() {
        if (!staff.permits(PROMISE_MESSAGES)) {
            return;
        }
        for (PromiseRow row : promises) {
            if (row.changed() && !QualityTexts.attempt(PROMISE_MESSAGES, () -> policy.promise(row.type, row.hours), "promise.saved",
                    QualityTexts.text("service." + row.type.name()))) {
                return;
            }
        }
        load();
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new java.util.HashMap<>();
        NAMES.forEach(name -> fields.put(name, "settings-form:" + name));
        return Map.copyOf(fields);
    }

    public Form getForm() {
        return form;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public java.time.Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PromiseRow> getPromises() {
        return promises;
    }
}
