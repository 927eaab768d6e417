package com.servicenet.tenantweb.repairs;

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

/** The outlet's repairs, newest first, paged in the database; customers masked as the search returns them. */
@Named
@ViewScoped
public class RepairListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RepairSearch search;

    private RepairStatus status;
    private LocalDate from;
    private LocalDate to;
    private String model;
    private String serialNo;
    private String ticketNo;

    private final LazyDataModel<RepairRow> repairs = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(filter()));
        }

        @Override
        public List<RepairRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(RepairRow row) {
            return String.valueOf(row.id());
        }
    };

    private RepairFilter filter() {
        return new RepairFilter(status, from, to, model, serialNo, ticketNo, null, null, null);
    }

    public LazyDataModel<RepairRow> getRepairs() {
        return repairs;
    }

    public RepairStatus[] getStatuses() {
        return RepairStatus.values();
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

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    public String getTicketNo() {
        return ticketNo;
    }

    public void setTicketNo(String ticketNo) {
        this.ticketNo = ticketNo;
    }
}
