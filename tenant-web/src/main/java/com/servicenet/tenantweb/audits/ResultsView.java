package com.servicenet.tenantweb.audits;

import com.servicenet.audits.control.AuditResults;
import com.servicenet.audits.control.AuditRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The outlet's released audit results, newest first; nothing HQ has not released is there (row-level security). */
@Named("auditResultsView")
@ViewScoped
public class ResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditResults results;

    private List<AuditRow> rows = List.of();

    @PostConstruct
    void load() {
        rows = results.released();
    }

    public List<AuditRow> getRows() {
        return rows;
    }
}
