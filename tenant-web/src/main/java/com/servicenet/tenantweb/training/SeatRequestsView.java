package com.servicenet.tenantweb.training;

import com.servicenet.identity.Roles;
import com.servicenet.network.control.Technicians;
import com.servicenet.network.entity.Technician;
import com.servicenet.rules.RuleViolation;
import com.servicenet.training.control.TrainingSessions;
import com.servicenet.training.entity.Enrolment;
import com.servicenet.training.entity.TrainingSession;
import com.servicenet.web.faces.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.util.List;

/**
 * Training sessions open for requests, and the outlet's own requests and seats with their status. Only the outlet
 * manager asks HQ for a seat, for one of the outlet's technicians.
 */
@Named
@ViewScoped
public class SeatRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "request-form:request-messages";

    @Inject
    TrainingSessions sessions;

    @Inject
    Technicians technicians;

    @Inject
    SecurityContext security;

    private List<TrainingSession> open = List.of();
    private List<Enrolment> own = List.of();
    private List<Technician> staff = List.of();
    private boolean manager;
    private TrainingSession chosen;
    private Long technicianId;

    @PostConstruct
    void load() {
        open = sessions.open();
        own = sessions.ownEnrolments();
        staff = technicians.ofOwnOutlet();
        manager = security.isCallerInRole(Roles.OUTLET_MANAGER);
    }

    public void choose(TrainingSession session) {
        chosen = session;
        technicianId = null;
    }

    /** Asks HQ for the seat, then shows the page again with the request listed (redirect after POST). */
    public String request() {
        if (!manager) {
            TrainingPages.error(MESSAGES, "requests.manager-only");
            return null;
        }
        if (chosen == null || technicianId == null) {
            TrainingPages.error("request-form:request-technician", "requests.choose-technician");
            return null;
        }
        try {
            Enrolment requested = sessions.request(chosen.id(), technicianId);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            TrainingPages.done("requests.sent", requested.person().name(), chosen.course().code());
            return "/training.xhtml?faces-redirect=true";
        } catch (RuleViolation refused) {
            FacesMessages.refused(MESSAGES, refused);
            FacesMessages.keepDialogOpen();
            return null;
        }
    }

    public List<TrainingSession> getOpen() {
        return open;
    }

    public List<Enrolment> getOwn() {
        return own;
    }

    public List<Technician> getStaff() {
        return staff;
    }

    public boolean isManager() {
        return manager;
    }

    public TrainingSession getChosen() {
        return chosen;
    }

    public Long getTechnicianId() {
        return technicianId;
    }

    public void setTechnicianId(Long technicianId) {
        this.technicianId = technicianId;
    }
}
