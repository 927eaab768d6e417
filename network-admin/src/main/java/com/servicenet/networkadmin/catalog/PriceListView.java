package com.servicenet.networkadmin.catalog;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.control.PriceListImport;
import com.servicenet.catalog.control.PriceLists;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.networkadmin.network.NetworkAdmins;
import com.servicenet.networkadmin.repairs.RepairTexts;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * One version of the price list: its lines, and for a draft HQ network admins' changes — put and remove lines,
 * import a CSV (all or nothing), publish, discard. Published versions are read-only for everybody.
 */
@Named
@ViewScoped
public class PriceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE_MESSAGES = "price-list-form:page-messages";

    @Inject
    PriceLists priceLists;

    @Inject
    NetworkAdmins admins;

    private Long id;
    private PriceList list;
    private List<PriceLine> lines = List.of();
    private ProductCategory category;
    private PriceLineForm form = new PriceLineForm();
    private UploadedFile upload;

    /** f:viewAction: loads the version named by the id parameter, or answers 404. */
    public void load() throws IOException {
        try {
            list = id == null ? null : priceLists.version(id);
        } catch (RuleViolation unknown) {
            list = null;
        }
        if (list == null) {
            FacesMessages.notFound();
            return;
        }
        filter();
    }

    /** Narrows the lines shown to the chosen category (none: all). */
    public void filter() {
        lines = list.lines().stream().filter(line -> category == null || line.category() == category).toList();
    }

    private void reload() {
        list = priceLists.version(id);
        filter();
    }

    public void prepareAdd() {
        form = new PriceLineForm();
        form.setCategory(category);
    }

    public void prepareEdit(PriceLine line) {
        form = PriceLineForm.of(line);
    }

    public void saveLine() {
        if (RepairTexts.attempt("line-form:line-messages", () -> {
            admins.require();
            priceLists.putLine(id, form.getKind(), form.getCategory(), form.getCode(), form.name(), form.getMinPrice(),
                    form.getMaxPrice());
        }, "price-list.line-saved", form.getCode())) {
            reload();
        }
    }

    public void removeLine(PriceLine line) {
        if (RepairTexts.attempt(PAGE_MESSAGES, () -> {
            admins.require();
            priceLists.removeLine(id, line.kind(), line.category(), line.code());
        }, "price-list.line-removed", line.code())) {
            reload();
        }
    }

    public void importCsv() {
        if (upload == null || upload.getSize() == 0) {
            RepairTexts.error("import-form:import-messages", RepairTexts.text("price-list.import.no-file"));
            return;
        }
        try {
            admins.require();
        } catch (RuleViolation refused) {
            FacesMessages.refused("import-form:import-messages", refused);
            FacesMessages.keepDialogOpen();
            return;
        }
        try (Reader reader = new InputStreamReader(upload.getInputStream(), UTF_8)) {
            PriceListImport result = priceLists.importCsv(id, reader, FacesMessages.locale());
            if (result.accepted()) {
                RepairTexts.done("price-list.imported", result.lines());
                reload();
            } else {
                result.errors().forEach(error -> RepairTexts.error("import-form:import-messages", error));
            }
        } catch (RuleViolation refused) {
            FacesMessages.refused("import-form:import-messages", refused);
            FacesMessages.keepDialogOpen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the version as CSV in the format the import reads. */
    public void exportCsv() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] csv = priceLists.exportCsv(id).getBytes(UTF_8);
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseContentLength(csv.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"price-list-" + list.validFrom() + ".csv\"");
        external.getResponseOutputStream().write(csv);
        faces.responseComplete();
    }

    public void publish() {
        if (RepairTexts.attempt(PAGE_MESSAGES, () -> {
            admins.require();
            priceLists.publish(id);
        }, "price-list.published", list.validFrom())) {
            reload();
        }
    }

    /** Throws the draft away and returns to the versions (redirect after POST). */
    public String discard() {
        try {
            admins.require();
            priceLists.discard(id);
            RepairTexts.done("price-list.discarded", list.validFrom());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/price-lists.xhtml?faces-redirect=true";
        } catch (RuleViolation refused) {
            FacesMessages.refused(PAGE_MESSAGES, refused);
            return null;
        }
    }

    /** Whether this caller may change this version: a draft, and a network administrator. */
    public boolean isEditable() {
        return list != null && !list.published() && admins.isCaller();
    }

    public ProductCategory[] getCategories() {
        return ProductCategory.values();
    }

    public PriceLineKind[] getKinds() {
        return PriceLineKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PriceList getList() {
        return list;
    }

    public List<PriceLine> getLines() {
        return lines;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public void setCategory(ProductCategory category) {
        this.category = category;
    }

    public PriceLineForm getForm() {
        return form;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getHeader() {
        return PriceLists.CSV_HEADER;
    }
}
