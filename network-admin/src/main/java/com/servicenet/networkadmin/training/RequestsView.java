package com.servicenet.networkadmin.training;

import com.servicenet.training.control.TrainingSessions;
import com.servicenet.training.entity.Enrolment;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Outlets' requests for seats across the network, oldest first, for HQ to approve or decline. */
@Named
@ViewScoped
public class RequestsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "requests-form:requests-messages";

    @Inject
    TrainingSessions sessions;

    @Inject
    OutletPicker outlets;

    @Inject
    TrainingStaff staff;

    private List<Enrolment> pending = List.of();
    private Map<Long, String> outletCodes = Map.of();

    @PostConstruct
    void load() {
        pending = sessions.pendingRequests();
        outletCodes = outlets.codes(pending.stream().map(Enrolment::outletId).toList());
    }

    public void approve(Enrolment enrolment) {
        if (staff.permits(MESSAGES)
                && TrainingTexts.attempt(MESSAGES, () -> sessions.approve(enrolment.id()), "request.approved", enrolment.person().name())) {
            load();
        }
    }

    public void decline(Enrolment enrolment) {
        if (staff.permits(MESSAGES)
                && TrainingTexts.attempt(MESSAGES, () -> sessions.decline(enrolment.id()), "request.declined", enrolment.person().name())) {
            load();
        }
    }

    public String outletCode(Enrolment enrolment) {
        return outletCodes.getOrDefault(enrolment.outletId(), "");
    }

    public List<Enrolment> getPending() {
        return pending;
    }
}
