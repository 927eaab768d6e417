package com.servicenet.networkadmin.network;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.control.NetworkAdministration;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.control.OutletFilter;
import com.servicenet.network.control.OutletRow;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** HQ's outlet list: filtered, sorted and paged in the database, so it stays fast with 10,000 outlets. */
@Named
@ViewScoped
public class OutletListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutletDirectory directory;

    @Inject
    NetworkAdministration administration;

    @Inject
    NetworkAdmins admins;

    private OutletForm form = new OutletForm();

    private String text;
    private OutletStatus status;
    private String regionCode;

    private final LazyDataModel<OutletRow> outlets = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, directory.count(filter()));
        }

        @Override
        public List<OutletRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "code" : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return directory.page(filter(), field, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(OutletRow row) {
            return String.valueOf(row.id());
        }
    };

    /** Registers the candidate and opens its page (redirect after POST). */
    public String register() {
        try {
            admins.require();
            Outlet outlet = administration.register(form.registration());
            form = new OutletForm();
            return "/outlet.xhtml?faces-redirect=true&id=" + outlet.id();
        } catch (RuleViolation refused) {
            FacesMessages.refused("register-form:register-messages", refused);
            FacesMessages.keepDialogOpen();
            return null;
        }
    }

    public void exportCsv() throws java.io.IOException {
        export("csv", "text/csv; charset=UTF-8", OutletExport::csv);
    }

    public void exportXlsx() throws java.io.IOException {
        export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OutletExport::xlsx);
    }

    private interface Format {
        void write(OutletExport export, java.io.OutputStream out) throws java.io.IOException;
    }

    private void export(String extension, String contentType, Format format) throws java.io.IOException {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        List<String> headers = java.util.stream.Stream.of("label.code", "label.legalName", "label.status", "outlets.regions",
                "label.contactName", "label.contactPhone").map(FacesMessages::text).toList();
        OutletExport export = new OutletExport(directory, filter(), headers, row -> java.util.Arrays.asList(row.code(), row.legalName(),
                FacesMessages.text("outlet.status." + row.status().name()), row.regionList(), row.contactName(), row.contactPhone()));
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"outlets." + extension + "\"");
        format.write(export, external.getResponseOutputStream());
        faces.responseComplete();
    }

    private OutletFilter filter() {
        return new OutletFilter(text, status, regionCode);
    }

    public LazyDataModel<OutletRow> getOutlets() {
        return outlets;
    }

    public OutletForm getForm() {
        return form;
    }

    public ProductCategory[] getCategories() {
        return ProductCategory.values();
    }

    public OutletStatus[] getStatuses() {
        return OutletStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OutletStatus getStatus() {
        return status;
    }

    public void setStatus(OutletStatus status) {
        this.status = status;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
