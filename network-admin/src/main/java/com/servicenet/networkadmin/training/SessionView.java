package com.servicenet.networkadmin.training;

import com.servicenet.network.control.Technicians;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.Technician;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.RuleViolation;
import com.servicenet.training.control.ResultsRecorded;
import com.servicenet.training.control.TrainingSessions;
import com.servicenet.training.entity.Certification;
import com.servicenet.training.entity.Enrolment;
import com.servicenet.training.entity.EnrolmentStatus;
import com.servicenet.training.entity.SessionStatus;
import com.servicenet.training.entity.TrainingSession;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One training session: its facts and seats, everyone enrolled or asking (HQ gives seats to technicians of any
 * outlet and decides the outlets' requests), and the result sheet: attendance and scores of the whole session,
 * saved at once; the certificates that saving issued are listed with links.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "session-form:session-messages";
    private static final String ENROL_MESSAGES = "enrol-form:enrol-messages";
    private static final String RESULTS_MESSAGES = "results-form:results-messages";

    @Inject
    TrainingSessions sessions;

    @Inject
    Technicians technicians;

    @Inject
    OutletPicker outlets;

    @Inject
    TrainingStaff staff;

    private String id;
    private TrainingSession session;
    private List<Enrolment> enrolments = List.of();
    private Map<Long, String> outletCodes = Map.of();
    private List<ResultRow> results = List.of();
    private List<Certification> issued = List.of();
    private boolean resultsOpen;

    private String enrolOutlet;
    private List<Technician> outletTechnicians = List.of();
    private Long technicianId;

    /** f:viewAction: the session named by the id parameter, or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        if (key == null) {
            FacesMessages.notFound();
            return;
        }
        try {
            session = sessions.session(key);
        } catch (RuleViolation unknown) {
            FacesMessages.notFound();
            return;
        }
        reload();
    }

    private void reload() {
        session = sessions.session(session.id());
        enrolments = sessions.enrolments(session.id());
        outletCodes = outlets.codes(enrolments.stream().map(Enrolment::outletId).toList());
        List<ResultRow> rows = new ArrayList<>();
        for (Enrolment enrolment : enrolments) {
            if (enrolment.status() == EnrolmentStatus.ENROLLED) {
                rows.add(new ResultRow(enrolment, outletCodes.get(enrolment.outletId())));
            }
        }
        results = rows;
        resultsOpen = session.status() != SessionStatus.CANCELLED && !session.startsAt().isAfter(Moments.now());
    }

    /** AJAX: the outlet was picked; its active technicians become the choices. */
    public void outletPicked() {
        Optional<Outlet> outlet = outlets.of(enrolOutlet);
        outletTechnicians = outlet.map(o -> technicians.ofOutlet(o.id())).orElse(List.of());
        technicianId = null;
        if (outlet.isEmpty() && enrolOutlet != null && !enrolOutlet.isBlank()) {
            TrainingTexts.error("enrol-form:enrol-outlet", TrainingTexts.text("training.unknown-outlet", enrolOutlet));
        }
    }

    public List<String> completeOutlet(String text) {
        return outlets.complete(text);
    }

    public void enrol() {
        if (!staff.permits(ENROL_MESSAGES)) {
            return;
        }
        if (technicianId == null) {
            TrainingTexts.error("enrol-form:enrol-technician", TrainingTexts.text("enrol.choose-technician"));
            return;
        }
        long technician = technicianId;
        String name = outletTechnicians.stream().filter(t -> t.id() == technician).map(Technician::name).findFirst().orElse("");
        if (TrainingTexts.attempt(ENROL_MESSAGES, () -> sessions.enrol(session.id(), technician), "enrol.done", name)) {
            technicianId = null;
            reload();
        }
    }

    public void approve(Enrolment enrolment) {
        if (staff.permits(MESSAGES)
                && TrainingTexts.attempt(MESSAGES, () -> sessions.approve(enrolment.id()), "request.approved", enrolment.person().name())) {
            reload();
        }
    }

    public void decline(Enrolment enrolment) {
        if (staff.permits(MESSAGES)
                && TrainingTexts.attempt(MESSAGES, () -> sessions.decline(enrolment.id()), "request.declined", enrolment.person().name())) {
            reload();
        }
    }

    public void cancel() {
        if (staff.permits(MESSAGES)
                && TrainingTexts.attempt(MESSAGES, () -> sessions.cancel(session.id()), "session.cancelled", session.course().code())) {
            reload();
        }
    }

    /** The whole sheet in one call: attendance and scores of every seat, and certificates for the passes. */
    public void saveResults() {
        if (!staff.permits(RESULTS_MESSAGES)) {
            return;
        }
        ResultsRecorded[] recorded = new ResultsRecorded[1];
        if (TrainingTexts.attempt(RESULTS_MESSAGES, Map.of(),
                () -> recorded[0] = sessions.recordResults(session.id(), results.stream().map(ResultRow::result).toList()),
                "results.saved")) {
            issued = recorded[0].issued();
            reload();
        }
    }

    public String outletCode(Enrolment enrolment) {
        return outletCodes.getOrDefault(enrolment.outletId(), "");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public List<Enrolment> getEnrolments() {
        return enrolments;
    }

    public List<ResultRow> getResults() {
        return results;
    }

    public List<Certification> getIssued() {
        return issued;
    }

    public boolean isResultsOpen() {
        return resultsOpen;
    }

    public boolean isPlanned() {
        return session != null && session.status() == SessionStatus.PLANNED;
    }

    public String getEnrolOutlet() {
        return enrolOutlet;
    }

    public void setEnrolOutlet(String enrolOutlet) {
        this.enrolOutlet = enrolOutlet;
    }

    public List<Technician> getOutletTechnicians() {
        return outletTechnicians;
    }

    public Long getTechnicianId() {
        return technicianId;
    }

    public void setTechnicianId(Long technicianId) {
        this.technicianId = technicianId;
    }
}
