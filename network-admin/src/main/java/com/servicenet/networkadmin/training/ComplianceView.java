package com.servicenet.networkadmin.training;

import com.servicenet.training.control.Compliance;
import com.servicenet.training.control.OutletCompliance;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Training compliance (达标率) of every serving outlet, lowest first, optionally only those below HQ's threshold;
 * trainers and network admins set the threshold. The table exports to CSV and Excel as shown.
 */
@Named
@ViewScoped
public class ComplianceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "compliance-form:compliance-messages";

    @Inject
    Compliance compliance;

    @Inject
    TrainingStaff staff;

    private boolean belowOnly;
    private Integer threshold;
    private List<OutletCompliance> rows = List.of();

    @PostConstruct
    void init() {
        threshold = compliance.threshold();
        search();
    }

    public void search() {
        rows = belowOnly ? compliance.belowThreshold() : compliance.network();
    }

    public void saveThreshold() {
        if (!staff.permits(MESSAGES)) {
            return;
        }
        int percent = threshold == null ? -1 : threshold;
        if (TrainingTexts.attempt(MESSAGES, Map.of("threshold", "compliance-form:threshold"),
                () -> compliance.setThreshold(percent), "compliance.threshold-saved", percent)) {
            search();
        }
    }

    public List<OutletCompliance> getRows() {
        return rows;
    }

    public boolean isBelowOnly() {
        return belowOnly;
    }

    public void setBelowOnly(boolean belowOnly) {
        this.belowOnly = belowOnly;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}
