package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.ReplacementCandidates;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * HQ's replacement-candidate list (候补更换): outlets a rule flagged. From an entry HQ opens the outlet's
 * replacement dialog, or resolves the entry with a note (replaced, or kept on).
 */
@Named
@ViewScoped
public class ReplacementCandidatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "resolve-form:resolve-messages";

    @Inject
    ReplacementCandidates candidates;

    @Inject
    AuditStaff staff;

    private List<ReplacementCandidates.Row> rows = List.of();
    private ReplacementCandidates.Row resolving;
    private String resolution;

    @PostConstruct
    void load() {
        rows = candidates.open();
    }

    public void prepareResolve(ReplacementCandidates.Row row) {
        resolving = row;
        resolution = null;
    }

    public void resolve() {
        if (resolving == null || !staff.permits(MESSAGES)) {
            return;
        }
        long id = resolving.id();
        if (AuditTexts.attempt(MESSAGES, () -> candidates.resolve(id, resolution), "candidate.resolve-done", resolving.outletCode())) {
            load();
        }
    }

    public List<ReplacementCandidates.Row> getRows() {
        return rows;
    }

    public ReplacementCandidates.Row getResolving() {
        return resolving;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
