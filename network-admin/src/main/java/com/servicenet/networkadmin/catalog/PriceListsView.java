package com.servicenet.networkadmin.catalog;

import com.servicenet.catalog.control.PriceLists;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.networkadmin.network.NetworkAdmins;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The versions of the repair price list (维修清单), and a new draft (HQ network admins). */
@Named
@ViewScoped
public class PriceListsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PriceLists priceLists;

    @Inject
    NetworkAdmins admins;

    private List<PriceList> versions = List.of();
    private Map<Long, Long> lineCounts = Map.of();
    private LocalDate validFrom;
    private String note;

    @PostConstruct
    void load() {
        versions = priceLists.versions();
        lineCounts = priceLists.lineCounts();
    }

    /** Creates the draft (a copy of the latest published list) and opens it (redirect after POST). */
    public String createDraft() {
        try {
            admins.require();
            PriceList draft = priceLists.draft(validFrom, note);
            return "/price-list.xhtml?faces-redirect=true&id=" + draft.id();
        } catch (RuleViolation refused) {
            FacesMessages.refused("draft-form:draft-messages", refused);
            FacesMessages.keepDialogOpen();
            return null;
        }
    }

    public long lineCount(PriceList list) {
        return lineCounts.getOrDefault(list.id(), 0L);
    }

    public List<PriceList> getVersions() {
        return versions;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
