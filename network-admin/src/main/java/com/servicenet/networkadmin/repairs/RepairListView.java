package com.servicenet.networkadmin.repairs;

import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.OutletFilter;
import com.servicenet.network.entity.Outlet;
import com.servicenet.repairs.control.RepairFilter;
import com.servicenet.repairs.control.RepairRow;
import com.servicenet.repairs.control.RepairSearch;
import com.servicenet.repairs.entity.RepairStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All repairs across the network for HQ, paged in the database, newest first. {@code ?flagged=true} is the
 * overcharge list: repairs charged above the price list or charged although the warranty covered them.
 */
@Named
@ViewScoped
public class RepairListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RepairSearch search;

    @Inject
    OutletDirectory directory;

    private String regionCode;
    private String outlet;
    private RepairStatus status;
    private LocalDate from;
    private LocalDate to;
    private String serialNo;
    private boolean flagged;

    private RepairFilter current = RepairFilter.ANY;

    private final LazyDataModel<RepairRow> repairs = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(current));
        }

        @Override
        public List<RepairRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search.page(current, first, pageSize);
        }

        @Override
        public String getRowKey(RepairRow row) {
            return String.valueOf(row.id());
        }
    };

    /** f:viewAction and the search button: takes the filter fields as they are now. */
    public void search() {
        Long outletId = null;
        if (outlet != null && !outlet.isBlank()) {
            Optional<Outlet> found = directory.findByCode(codeOf(outlet));
            if (found.isEmpty()) {
                RepairTexts.error("repairs-form:filter-outlet", RepairTexts.text("repairs.unknown-outlet", outlet));
                current = new RepairFilter(null, null, null, null, null, null, -1L, null, null);
                return;
            }
            outletId = found.get().id();
        }
        current = new RepairFilter(status, from, to, null, serialNo, null, outletId, regionCode, flagged ? Boolean.TRUE : null);
    }

    /** p:autoComplete: outlets whose code or name contains the text, the first 20 by code. */
    public List<String> completeOutlet(String text) {
        return directory.page(new OutletFilter(text, null, null), "code", true, 0, 20).stream()
                .map(row -> row.code() + " " + row.legalName()).toList();
    }

    static String codeOf(String label) {
        return label == null ? "" : label.strip().split("\\s+", 2)[0];
    }

    public LazyDataModel<RepairRow> getRepairs() {
        return repairs;
    }

    public RepairStatus[] getStatuses() {
        return RepairStatus.values();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public RepairStatus getStatus() {
        return status;
    }

    public void setStatus(RepairStatus status) {
        this.status = status;
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

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }
}
