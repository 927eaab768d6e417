package com.servicenet.tenantweb.quality;

import com.servicenet.identity.Roles;
import com.servicenet.quality.control.Complaints;
import com.servicenet.quality.entity.Complaint;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One complaint HQ asked the outlet about: what it is about, HQ's question, the history the outlet may see, and
 * the manager's one response (technicians read only). The outlet can neither close, change nor delete it; the
 * customer's contact is HQ's alone. A complaint HQ has not asked this outlet about, or another outlet's, is
 * unknown here exactly like an id that does not exist (404).
 */
@Named("outletComplaintView")
@ViewScoped
public class ComplaintView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String MESSAGES = "respond-form:respond-messages";

    @Inject
    Complaints complaints;

    @Inject
    SecurityContext security;

    private String id;
    private Complaint complaint;
    private List<HistoryLine> history = List.of();
    private String response;

    /** f:viewAction: a complaint this outlet was asked about, or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        if (key == null) {
            FacesMessages.notFound();
            return;
        }
        try {
            show(complaints.detail(key));
        } catch (RuleViolation unknown) {
            complaint = null;
            FacesMessages.notFound();
        }
    }

    private void show(Complaints.Detail detail) {
        complaint = detail.complaint();
        history = HistoryLine.forOutlet(detail.history());
    }

    /** Sends the manager's response; afterwards the page shows it answered (redirect after POST). */
    public String respond() {
        if (!isManager()) {
            QualityPages.error(MESSAGES, QualityPages.text("complaint.managers-only"));
            return null;
        }
        try {
            complaints.respond(complaint.id(), response);
            return "/complaint.xhtml?faces-redirect=true&id=" + complaint.id();
        } catch (InvalidField refused) {
            QualityPages.error("response".equals(refused.field()) ? "respond-form:response" : MESSAGES,
                    QualityPages.fieldText(refused, Complaint.TEXT_MAX));
            return null;
        } catch (RuleViolation refused) {
            QualityPages.error(MESSAGES, RuleTexts.render(refused, FacesMessages.locale()));
            return null;
        }
    }

    public boolean isManager() {
        return security.isCallerInRole(Roles.OUTLET_MANAGER);
    }

    /** Whether the page offers the response form: to a manager, while HQ's question is open. */
    public boolean isRespondable() {
        return complaint != null && isManager() && complaint.awaitingOutlet();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}
