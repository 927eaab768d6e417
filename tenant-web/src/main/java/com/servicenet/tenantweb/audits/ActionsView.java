package com.servicenet.tenantweb.audits;

import com.servicenet.audits.control.ActionRow;
import com.servicenet.audits.control.CorrectiveActions;
import com.servicenet.audits.entity.CorrectiveAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The outlet's corrective actions (row-level security gives it its own only), by status and overdue. */
@Named("actionsView")
@ViewScoped
public class ActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectiveActions actions;

    private CorrectiveAction.Status status;
    private boolean overdue;
    private List<ActionRow> rows = List.of();

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        rows = actions.list(null, status, overdue);
    }

    public CorrectiveAction.Status[] getStatuses() {
        return CorrectiveAction.Status.values();
    }

    public CorrectiveAction.Status getStatus() {
        return status;
    }

    public void setStatus(CorrectiveAction.Status status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public List<ActionRow> getRows() {
        return rows;
    }
}
