package com.servicenet.networkadmin.quality;

import com.servicenet.quality.control.Complaints;
import com.servicenet.quality.entity.Complaint;
import com.servicenet.quality.entity.ComplaintStatus;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * One complaint for HQ: what was said, by whom (HQ alone sees the contact), the outlet's question and answer,
 * the deadline, and the whole history. HQ's quality staff take it up (investigate), ask the outlet, add notes,
 * and resolve or reject it, each with the text in the one box; every other HQ role reads.
 */
@Named
@ViewScoped
public class ComplaintView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "complaint-form:complaint-messages";
    private static final String TEXT = "complaint-form:action-text";
    private static final Map<String, String> FIELDS = Map.of("note", TEXT, "question", TEXT, "resolution", TEXT);

    @Inject
    Complaints complaints;

    @Inject
    QualityStaff staff;

    private String id;
    private Complaints.Detail detail;
    private String text;

    /** f:viewAction: the complaint the id parameter names, or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        try {
            if (key == null) {
                throw new RuleViolation("complaint.unknown", id);
            }
            detail = complaints.detail(key);
        } catch (RuleViolation unknown) {
            detail = null;
            FacesMessages.notFound();
        }
    }

    public String investigate() {
        long key = key();
        return act(() -> complaints.investigate(key, text), "complaint.investigating");
    }

    public String ask() {
        long key = key();
        return act(() -> complaints.askOutlet(key, text), "complaint.asked");
    }

    public String note() {
        long key = key();
        return act(() -> complaints.note(key, text), "complaint.noted");
    }

    public String resolve() {
        long key = key();
        return act(() -> complaints.resolve(key, text), "complaint.resolved");
    }

    public String reject() {
        long key = key();
        return act(() -> complaints.reject(key, text), "complaint.rejected");
    }

    /** One step; on success back to the page (redirect after POST) with the confirmation. */
    private String act(Runnable step, String doneKey) {
        long key = key();
        if (!staff.permits(MESSAGES) || !QualityTexts.attempt(MESSAGES, FIELDS, step, doneKey, key)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/complaint.xhtml?faces-redirect=true&id=" + key;
    }

    private long key() {
        return detail.complaint().id();
    }

    public boolean isClosed() {
        return detail != null && detail.complaint().status().closed();
    }

    public boolean isReceived() {
        return detail != null && detail.complaint().status() == ComplaintStatus.RECEIVED;
    }

    public boolean isOverdue() {
        return detail != null && detail.row() != null && detail.row().overdue();
    }

    public Complaint getComplaint() {
        return detail == null ? null : detail.complaint();
    }

    public Complaints.Detail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
