package com.servicenet.networkadmin.network;

import com.servicenet.network.control.NetworkAdministration;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.RegionCatalog;
import com.servicenet.network.control.RegionNode;
import com.servicenet.network.entity.Outlet;
import com.servicenet.rules.RuleViolation;
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

    private List<RegionNode> gaps = List.of();
    private List<Outlet> candidates = List.of();
    private RegionNode selected;
    private Long outletId;

    @PostConstruct
    void load() {
        gaps = regions.coverageGaps();
        candidates = directory.appointable();
    }

    public void choose(RegionNode gap) {
        selected = gap;
        outletId = null;
    }

    public void appoint() {
        try {
            administration.appoint(outletId, selected.id());
            FacesMessages.done("coverage.appointed", selected.code());
            load();
        } catch (RuleViolation refused) {
            FacesMessages.refused("appoint-form:appoint-messages", refused);
            FacesMessages.keepDialogOpen();
        }
    }

    public List<RegionNode> getGaps() {
        return gaps;
    }

    public List<Outlet> getCandidates() {
        return candidates;
    }

    public RegionNode getSelected() {
        return selected;
    }

    public Long getOutletId() {
        return outletId;
    }

    public void setOutletId(Long outletId) {
        this.outletId = outletId;
    }
}
