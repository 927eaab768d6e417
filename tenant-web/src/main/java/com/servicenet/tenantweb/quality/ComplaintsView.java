package com.servicenet.tenantweb.quality;

import com.servicenet.quality.control.ComplaintFilter;
import com.servicenet.quality.control.ComplaintRow;
import com.servicenet.quality.control.Complaints;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The complaints HQ asked this outlet about, newest first; those waiting for the outlet's answer are marked.
 * Complaints HQ has not asked about, and every other outlet's, are not there (row-level security).
 */
@Named("outletComplaintsView")
@ViewScoped
public class ComplaintsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    private List<ComplaintRow> rows = List.of();

    @PostConstruct
    void load() {
        rows = complaints.list(new ComplaintFilter(null, null, null, false, false));
    }

    public List<ComplaintRow> getRows() {
        return rows;
    }
}
