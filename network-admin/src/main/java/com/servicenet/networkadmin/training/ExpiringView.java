package com.servicenet.networkadmin.training;

import com.servicenet.network.entity.Outlet;
import com.servicenet.training.control.CertificationExpiry;
import com.servicenet.training.control.CertificationRow;
import com.servicenet.training.control.Certifications;
import com.servicenet.training.control.ExpiryRun;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Valid certificates that expire within 30, 60 or 90 days, network-wide or of one outlet, soonest first; and
 * the daily expiry check run now, on demand.
 */
@Named
@ViewScoped
public class ExpiringView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "expiring-form:expiring-messages";

    @Inject
    Certifications certifications;

    @Inject
    CertificationExpiry expiry;

    @Inject
    OutletPicker outlets;

    @Inject
    TrainingStaff staff;

    private int days = 30;
    private String outlet;
    private List<CertificationRow> rows = List.of();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        Long outletId = null;
        if (outlet != null && !outlet.isBlank()) {
            Optional<Outlet> found = outlets.of(outlet);
            if (found.isEmpty()) {
                TrainingTexts.error("expiring-form:filter-outlet", TrainingTexts.text("training.unknown-outlet", outlet));
                rows = List.of();
                return;
            }
            outletId = found.get().id();
        }
        rows = certifications.expiringWithin(days, outletId);
    }

    /** The daily job's work now: marks what has expired and leaves the outlets their reminders (idempotent). */
    public void runExpiryNow() {
        if (!staff.permits(MESSAGES)) {
            return;
        }
        ExpiryRun[] run = new ExpiryRun[1];
        if (TrainingTexts.attempt(MESSAGES, () -> run[0] = expiry.expire(Certifications.today()), "expiry.ran")) {
            TrainingTexts.done("expiry.counts", run[0].expired(), run[0].expiringReminders() + run[0].expiredReminders());
            search();
        }
    }

    public List<String> completeOutlet(String typed) {
        return outlets.complete(typed);
    }

    public int[] getDayChoices() {
        return new int[] {30, 60, 90};
    }

    public List<CertificationRow> getRows() {
        return rows;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }
}
