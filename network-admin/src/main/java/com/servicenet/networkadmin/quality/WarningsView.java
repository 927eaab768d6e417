package com.servicenet.networkadmin.quality;

import com.servicenet.quality.control.FaultWarning;
import com.servicenet.quality.control.FaultWarnings;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Early warnings (预警) for HQ's engineering: a product model's fault recurring above its own baseline in a month
 * or quarter; open ones by default, or all. HQ's quality staff acknowledge them; the table exports to CSV as shown.
 */
@Named
@ViewScoped
public class WarningsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "warnings-form:warnings-messages";

    @Inject
    FaultWarnings warnings;

    @Inject
    QualityStaff staff;

    private boolean openOnly = true;
    private List<FaultWarning> rows = List.of();

    /** f:viewAction. */
    public void load() {
        search();
    }

    public void search() {
        rows = warnings.list(openOnly);
    }

    public void acknowledge(FaultWarning warning) {
        if (staff.permits(MESSAGES) && QualityTexts.attempt(MESSAGES, () -> warnings.acknowledge(warning.id()), "warning.acknowledged",
                warning.model())) {
            search();
        }
    }

    public List<FaultWarning> getRows() {
        return rows;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
