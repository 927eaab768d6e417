package com.servicenet.networkadmin.network;

import com.servicenet.network.control.NetworkAdministration;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.RegionCatalog;
import com.servicenet.network.control.RegionNode;
import com.servicenet.network.entity.Outlet;
import com.servicenet.web.faces.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Regions no serving outlet holds (coverage gaps), and appointing an outlet to one of them. */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegionCatalog regions;

    @Inject
    OutletDirectory directory;

    @Inject
    NetworkAdministration administration;

    @Inject
    NetworkAdmins admins;

    private List<RegionNode> gaps = List.of();
    private RegionNode selected;
    private String outletCode;

    @PostConstruct
    void load() {
        gaps = regions.coverageGaps();
    }

    public void choose(RegionNode gap) {
        selected = gap;
        outletCode = null;
    }

    /** p:autoComplete: outlets that may take the region, by code or name. */
    public List<String> completeOutlet(String text) {
        return directory.appointable(text).stream().map(OutletView::label).toList();
    }

    public void appoint() {
        if (FacesMessages.attempt("appoint-form:appoint-messages", () -> {
            admins.require();
            administration.appoint(outletId(), selected.id());
        },
                "coverage.appointed", selected.code())) {
            load();
        }
    }

    public List<RegionNode> getGaps() {
        return gaps;
    }

    private long outletId() {
        return directory.findByCode(OutletView.codeOf(outletCode))
                .orElseThrow(() -> new com.servicenet.rules.RuleViolation("outlet.unknown", outletCode == null ? "" : outletCode)).id();
    }

    public RegionNode getSelected() {
        return selected;
    }

    public String getOutletCode() {
        return outletCode;
    }

    public void setOutletCode(String outletCode) {
        this.outletCode = outletCode;
    }
}
