package com.servicenet.networkadmin.network;

import com.servicenet.network.control.NetworkAdministration;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.RegionCatalog;
import com.servicenet.network.control.RegionNode;
import com.servicenet.network.control.ReplacementPlan;
import com.servicenet.network.entity.Appointment;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * One outlet for HQ: profile, regions, tracking record (跟踪记录), and the lifecycle actions — appoint,
 * change status, replace, note. Each action is one use case; the page reloads its data after it.
 */
@Named
@ViewScoped
public class OutletView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutletDirectory directory;

    @Inject
    NetworkAdministration administration;

    @Inject
    RegionCatalog regions;

    @Inject
    NetworkAdmins admins;

    private Long id;
    /** "1" when the page is to open the replacement dialog at once (a link from the replacement-candidate list). */
    private String replace;
    private Outlet outlet;
    private List<Appointment> appointments = List.of();
    private List<TrackingEntry> record = List.of();
    private List<RegionNode> freeLeaves = List.of();
    private ReplacementPlan plan;

    private Long regionId;
    private OutletStatus targetStatus;
    private String successorCode;
    private String reason;
    private String note;
    private OutletForm profile = new OutletForm();

    /** f:viewAction: loads the outlet named by the id parameter, or answers 404. */
    public void load() throws java.io.IOException {
        outlet = id == null ? null : directory.find(id).orElse(null);
        if (outlet == null) {
            FacesMessages.notFound();
            return;
        }
        profile = OutletForm.of(outlet);
        appointments = directory.appointments(id);
        record = directory.trackingRecord(id);
        freeLeaves = regions.tree().stream().filter(n -> n.leaf() && n.holderId() == null).toList();
        plan = outlet.status() == OutletStatus.TERMINATED ? null : administration.planReplacement(id);
    }

    public void appoint() {
        act("appoint-form:appoint-messages", () -> {
            admins.require();
            administration.appoint(id, regionId);
        }, "outlet.appointed");
    }

    public void changeStatus() {
        act("status-form:status-messages", () -> {
            admins.require();
            administration.changeStatus(id, targetStatus, reason);
        }, "outlet.status-changed");
    }

    public void replace() {
        act("replace-form:replace-messages", () -> {
            admins.require();
            administration.replace(id, successorId(), reason);
        }, "outlet.replaced");
    }

    public void describe() {
        act("profile-form:profile-messages", () -> {
            admins.require();
            administration.describe(id, profile.registration());
        }, "outlet.described");
    }

    public void addNote() {
        act("note-form:note-messages", () -> administration.note(id, note), "outlet.noted");
    }

    private void act(String messagesId, Runnable useCase, String doneKey) {
        if (FacesMessages.attempt(messagesId, useCase, doneKey, outlet.code())) {
            reason = null;
            note = null;
            try {
                load();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** p:autoComplete: outlets that may succeed this one, by code or name. */
    public List<String> completeSuccessor(String text) {
        return directory.appointable(text).stream().filter(o -> !o.id().equals(id)).map(OutletView::label).toList();
    }

    /** How an outlet reads in an autocomplete: its code first, so that the code can be read back. */
    static String label(Outlet outlet) {
        return outlet.code() + " " + outlet.legalName();
    }

    static String codeOf(String label) {
        return label == null ? "" : label.strip().split("\\s+", 2)[0];
    }

    private long successorId() {
        return directory.findByCode(OutletView.codeOf(successorCode))
                .orElseThrow(() -> new RuleViolation("outlet.unknown", successorCode == null ? "" : successorCode)).id();
    }

    public Set<OutletStatus> getNextStatuses() {
        return outlet == null ? Set.of() : outlet.status().next();
    }

    public boolean isReplaceable() {
        return plan != null;
    }

    public boolean isReplaceOnLoad() {
        return "1".equals(replace) && plan != null;
    }

    public String getReplace() {
        return replace;
    }

    public void setReplace(String replace) {
        this.replace = replace;
    }

    public OutletForm getProfile() {
        return profile;
    }

    public com.servicenet.catalog.ProductCategory[] getCategories() {
        return com.servicenet.catalog.ProductCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public List<Appointment> getAppointments() {
        return appointments;
    }

    public List<TrackingEntry> getRecord() {
        return record;
    }

    public List<RegionNode> getFreeLeaves() {
        return freeLeaves;
    }

    public ReplacementPlan getPlan() {
        return plan;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public OutletStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(OutletStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public String getSuccessorCode() {
        return successorCode;
    }

    public void setSuccessorCode(String successorCode) {
        this.successorCode = successorCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
