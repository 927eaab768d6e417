package com.servicenet.tenantweb.training;

import com.servicenet.network.control.Technicians;
import com.servicenet.training.control.Certifications;
import com.servicenet.training.control.Compliance;
import com.servicenet.training.control.OutletCompliance;
import com.servicenet.training.control.Reminder;
import com.servicenet.training.control.Reminders;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The outlet's active technicians with their certificates (上岗资格证), expiry warnings, the reminders the daily
 * expiry check left, and the outlet's own compliance figure (达标率).
 */
@Named
@ViewScoped
public class TechniciansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Technicians technicians;

    @Inject
    Certifications certifications;

    @Inject
    Reminders reminders;

    @Inject
    Compliance compliance;

    private List<TechnicianStatus> staff = List.of();
    private List<Reminder> notes = List.of();
    private OutletCompliance own;

    @PostConstruct
    void load() {
        staff = TechnicianStatus.of(technicians.ofOwnOutlet(), certifications.ofOwnOutlet(), Certifications.today());
        notes = reminders.ofOwnOutlet();
        own = compliance.own();
    }

    public List<TechnicianStatus> getStaff() {
        return staff;
    }

    public List<Reminder> getReminders() {
        return notes;
    }

    public OutletCompliance getCompliance() {
        return own;
    }

    public int getWarnDays() {
        return TechnicianStatus.WARN_DAYS;
    }
}
