package com.servicenet.networkadmin.quality;

import com.servicenet.network.entity.Outlet;
import com.servicenet.networkadmin.training.OutletPicker;
import com.servicenet.quality.control.ComplaintFilter;
import com.servicenet.quality.control.ComplaintRow;
import com.servicenet.quality.control.Complaints;
import com.servicenet.quality.entity.Complaint;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintStatus;
import com.servicenet.quality.entity.Severity;
import com.servicenet.rules.InvalidField;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network's complaints (投诉), filtered by status, category, outlet, open and overdue (the dashboard links here
 * with {@code ?open=true} or {@code ?overdue=true}); HQ's quality staff record a complaint taken on the hotline,
 * then handle it on its own page.
 */
@Named
@ViewScoped
public class ComplaintsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "hotline-form:hotline-messages";
    private static final Map<String, String> FIELDS = Map.of("outletId", "hotline-form:hotline-outlet", "ticketNo", "hotline-form:hotline-ticket",
            "category", "hotline-form:hotline-category", "severity", "hotline-form:hotline-severity",
            "description", "hotline-form:hotline-description", "customerName", "hotline-form:hotline-name",
            "customerPhone", "hotline-form:hotline-phone");
    /** The most rows the list query returns (Complaints.MOST_LISTED). */
    private static final int LIMIT = 1000;

    @Inject
    Complaints complaints;

    @Inject
    OutletPicker outlets;

    @Inject
    QualityStaff staff;

    private String outlet;
    private ComplaintStatus status;
    private ComplaintCategory category;
    private boolean open;
    private boolean overdue;
    private List<ComplaintRow> rows = List.of();

    private String hotlineOutlet;
    private String ticketNo;
    private ComplaintCategory hotlineCategory;
    private Severity severity = Severity.MEDIUM;
    private String description;
    private String customerName;
    private String customerPhone;

    /** f:viewAction: the list as the parameters ask. */
    public void load() {
        search();
    }

    public void search() {
        Optional<Outlet> one = outlets.of(outlet);
        Long outletId = one.map(Outlet::id).orElse(outlet == null || outlet.isBlank() ? null : -1L);
        rows = complaints.list(new ComplaintFilter(outletId, status, category, open, overdue));
    }

    /** Records the hotline complaint and opens it. */
    public String record() {
        if (!staff.permits(MESSAGES)) {
            return null;
        }
        Complaint[] recorded = {null};
        boolean done = QualityTexts.attempt(MESSAGES, FIELDS, () -> {
            Outlet chosen = outlets.of(hotlineOutlet)
                    .orElseThrow(() -> new InvalidField("outletId", "complaint.outlet-unknown", hotlineOutlet == null ? "" : hotlineOutlet));
            recorded[0] = complaints.record(new Complaints.Hotline(chosen.id(), ticketNo, hotlineCategory, severity, description,
                    customerName, customerPhone));
        }, "complaint.recorded");
        if (!done) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/complaint.xhtml?faces-redirect=true&id=" + recorded[0].id();
    }

    public List<String> completeOutlet(String text) {
        return outlets.complete(text);
    }

    public boolean isTruncated() {
        return rows.size() >= LIMIT;
    }

    public int getLimit() {
        return LIMIT;
    }

    public List<ComplaintRow> getRows() {
        return rows;
    }

    public ComplaintStatus[] getStatuses() {
        return ComplaintStatus.values();
    }

    public ComplaintCategory[] getCategories() {
        return ComplaintCategory.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getHotlineOutlet() {
        return hotlineOutlet;
    }

    public void setHotlineOutlet(String hotlineOutlet) {
        this.hotlineOutlet = hotlineOutlet;
    }

    public String getTicketNo() {
        return ticketNo;
    }

    public void setTicketNo(String ticketNo) {
        this.ticketNo = ticketNo;
    }

    public ComplaintCategory getHotlineCategory() {
        return hotlineCategory;
    }

    public void setHotlineCategory(ComplaintCategory hotlineCategory) {
        this.hotlineCategory = hotlineCategory;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public void setCustomerPhone(String customerPhone) {
        this.customerPhone = customerPhone;
    }
}
