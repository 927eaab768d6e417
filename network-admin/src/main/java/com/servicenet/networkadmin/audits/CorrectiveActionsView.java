package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.ActionRow;
import com.servicenet.audits.control.CorrectiveActions;
import com.servicenet.audits.entity.CorrectiveAction;
import com.servicenet.network.entity.Outlet;
import com.servicenet.networkadmin.training.OutletPicker;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrective actions (整改) across the network, by outlet, status and overdue; one action's detail with its
 * history and the outlet's evidence, where HQ verifies it (closed) or reopens it with a note and maybe a new
 * deadline.
 */
@Named
@ViewScoped
public class CorrectiveActionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "detail-form:detail-messages";
    private static final Map<String, String> FIELDS = Map.of("dueOn", "detail-form:reopen-due", "note", "detail-form:decision-note");

    @Inject
    CorrectiveActions actions;

    @Inject
    OutletPicker outlets;

    @Inject
    AuditStaff staff;

    private String id;
    private String outlet;
    private CorrectiveAction.Status status;
    private boolean overdueOnly;
    private List<ActionRow> rows = List.of();
    private CorrectiveActions.Detail detail;
    private String note;
    private LocalDate newDue;

    /** f:viewAction: the list, and the action the id parameter names, if any. */
    public void load() {
        search();
        Long key = PageParameters.id(id);
        if (key != null) {
            show(key);
        }
    }

    public void search() {
        Optional<Outlet> one = outlets.of(outlet);
        Long outletId = one.map(Outlet::id).orElse(outlet == null || outlet.isBlank() ? null : -1L);
        rows = actions.list(outletId, status, overdueOnly);
    }

    public void select(ActionRow row) {
        show(row.id());
    }

    private void show(long actionId) {
        note = null;
        newDue = null;
        try {
            detail = actions.detail(actionId);
        } catch (RuleViolation unknown) {
            detail = null;
        }
    }

    public void verify() {
        long key = detail.action().id();
        decide(() -> actions.verify(key, note), "action.verified");
    }

    public void reopen() {
        long key = detail.action().id();
        decide(() -> actions.reopen(key, note, newDue), "action.reopened");
    }

    private void decide(Runnable useCase, String doneKey) {
        long key = detail.action().id();
        if (staff.permits(MESSAGES) && AuditTexts.attempt(MESSAGES, FIELDS, useCase, doneKey, key)) {
            search();
            show(key);
        }
    }

    public List<String> completeOutlet(String text) {
        return outlets.complete(text);
    }

    public CorrectiveAction.Status[] getStatuses() {
        return CorrectiveAction.Status.values();
    }

    public List<ActionRow> getRows() {
        return rows;
    }

    public CorrectiveActions.Detail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public CorrectiveAction.Status getStatus() {
        return status;
    }

    public void setStatus(CorrectiveAction.Status status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNewDue() {
        return newDue;
    }

    public void setNewDue(LocalDate newDue) {
        this.newDue = newDue;
    }
}
