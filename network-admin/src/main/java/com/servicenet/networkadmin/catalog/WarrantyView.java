package com.servicenet.networkadmin.catalog;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.control.WarrantyTerms;
import com.servicenet.catalog.entity.WarrantyTerm;
import com.servicenet.networkadmin.network.NetworkAdmins;
import com.servicenet.networkadmin.repairs.RepairTexts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The warranty terms (三包) per product category; HQ network admins change them. */
@Named
@ViewScoped
public class WarrantyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WarrantyTerms warrantyTerms;

    @Inject
    NetworkAdmins admins;

    private List<WarrantyTerm> terms = List.of();
    private ProductCategory category;
    private Integer returnDays;
    private Integer replaceDays;
    private Integer repairDays;

    @PostConstruct
    void load() {
        terms = warrantyTerms.all();
    }

    public void prepareEdit(WarrantyTerm term) {
        category = term.category();
        returnDays = term.returnDays();
        replaceDays = term.replaceDays();
        repairDays = term.repairDays();
    }

    public void save() {
        if (category == null) {
            return;
        }
        if (RepairTexts.attempt("warranty-form:warranty-messages", () -> {
            admins.require();
            warrantyTerms.set(category, returnDays, replaceDays, repairDays);
        }, "warranty.saved", RepairTexts.categoryName(category))) {
            load();
        }
    }

    public List<WarrantyTerm> getTerms() {
        return terms;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public Integer getReturnDays() {
        return returnDays;
    }

    public void setReturnDays(Integer returnDays) {
        this.returnDays = returnDays;
    }

    public Integer getReplaceDays() {
        return replaceDays;
    }

    public void setReplaceDays(Integer replaceDays) {
        this.replaceDays = replaceDays;
    }

    public Integer getRepairDays() {
        return repairDays;
    }

    public void setRepairDays(Integer repairDays) {
        this.repairDays = repairDays;
    }
}
