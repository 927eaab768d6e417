package com.servicenet.networkadmin.visits;

import com.servicenet.audits.control.Fieldwork;
import com.servicenet.audits.control.Visit;
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
        for (Audit audit : fieldwork.assignments()) {
            String name = null;
            String address = null;
            if (audit.status().open()) {
                // the outlet's name and address are readable while the visit is open, and then only those
                Visit visit = fieldwork.visit(audit.id());
                name = visit.outletName();
                address = visit.outletAddress();
            }
            rows.add(new Assignment(audit.id(), audit.kind(), name, address, audit.windowFrom(), audit.windowTo(),
                    audit.plannedOn(), audit.brief(), audit.status()));
        }
        assignments = List.copyOf(rows);
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }
}
