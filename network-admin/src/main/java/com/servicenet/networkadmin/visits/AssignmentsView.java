package com.servicenet.networkadmin.visits;

import com.servicenet.audits.control.Fieldwork;
import com.servicenet.audits.entity.Audit;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The caller's own assignments, open ones first (row-level security shows a shopper nobody else's). */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Fieldwork fieldwork;

    private List<Assignment> assignments = List.of();

    @PostConstruct
    void load() {
        List<Assignment> rows = new ArrayList<>();
        for (Fieldwork.Assignment assignment : fieldwork.assignments()) {
            Audit audit = assignment.audit();
            rows.add(new Assignment(audit.id(), audit.kind(), assignment.outletName(), assignment.outletAddress(),
                    audit.windowFrom(), audit.windowTo(), audit.plannedOn(), audit.brief(), audit.status()));
        }
        assignments = List.copyOf(rows);
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }
}
