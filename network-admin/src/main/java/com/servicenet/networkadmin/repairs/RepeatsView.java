package com.servicenet.networkadmin.repairs;

import com.servicenet.repairs.control.RepairSearch;
import com.servicenet.repairs.control.RepeatRepair;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Repeat repairs (返修): the same appliance repaired again within 30 days, for a period HQ chooses. */
@Named
@ViewScoped
public class RepeatsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** More than a screen's worth; HQ narrows the period to see further. */
    static final int LIMIT = 500;

    @Inject
    RepairSearch search;

    private LocalDate from;
    private LocalDate to;
    private List<RepeatRepair> repeats = List.of();

    @PostConstruct
    void init() {
        to = LocalDate.now(RepairOrder.BUSINESS_ZONE);
        from = to.minusDays(RepairSearch.REPEAT_WINDOW_DAYS);
        search();
    }

    public void search() {
        if (from == null || to == null) {
            return;
        }
        try {
            repeats = search.repeats(from, to, LIMIT);
        } catch (RuleViolation refused) {
            repeats = List.of();
            FacesMessages.refused("repeats-form:repeats-messages", refused);
        }
    }

    public boolean isTruncated() {
        return repeats.size() >= LIMIT;
    }

    public int getLimit() {
        return LIMIT;
    }

    public List<RepeatRepair> getRepeats() {
        return repeats;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
