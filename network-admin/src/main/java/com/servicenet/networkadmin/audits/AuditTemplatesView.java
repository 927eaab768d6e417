package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.AuditTemplates;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditTemplate;
import com.servicenet.audits.entity.TemplateVersion;
import com.servicenet.network.entity.LocalizedName;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** HQ's inspection forms (检查表): each with its kind, its current published version and whether a draft is open. */
@Named
@ViewScoped
public class AuditTemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "template-new-form:template-new-messages";
    private static final Map<String, String> FIELDS = Map.of("code", "template-new-form:template-code",
            "kind", "template-new-form:template-kind", "nameEn", "template-new-form:template-name-en",
            "nameZhCn", "template-new-form:template-name-zh-cn", "nameZhTw", "template-new-form:template-name-zh-tw",
            "brief", "template-new-form:template-brief");

    /** A template as the list shows it: the number of its current version (null: never published), and any draft's. */
    public record Row(AuditTemplate template, Integer published, Integer draft) {
    }

    @Inject
    AuditTemplates templates;

    @Inject
    AuditStaff staff;

    private List<Row> rows = List.of();
    private String code;
    private AuditKind kind = AuditKind.SPOT_CHECK;
    private String nameEn;
    private String nameZhCn;
    private String nameZhTw;
    private String brief;

    @PostConstruct
    void load() {
        List<Row> loaded = new ArrayList<>();
        for (AuditTemplate template : templates.templates()) {
            List<TemplateVersion> versions = templates.versions(template.id());
            loaded.add(new Row(template,
                    versions.stream().filter(TemplateVersion::published).map(TemplateVersion::number).findFirst().orElse(null),
                    versions.stream().filter(v -> !v.published()).map(TemplateVersion::number).findFirst().orElse(null)));
        }
        rows = loaded;
    }

    /** Creates the template with an empty first draft and opens its editor. */
    public String create() {
        if (!staff.permits(MESSAGES)) {
            return null;
        }
        AuditTemplate[] created = {null};
        if (AuditTexts.attempt(MESSAGES, FIELDS,
                () -> created[0] = templates.create(code == null ? null : code.strip().toUpperCase(), kind,
                        new LocalizedName(nameEn, nameZhCn, nameZhTw), brief),
                "template.created", code == null ? "" : code.strip().toUpperCase())) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/audit-template.xhtml?faces-redirect=true&id=" + created[0].id();
        }
        return null;
    }

    public void retire(AuditTemplate template) {
        change(template, true, "template.retired");
    }

    public void reinstate(AuditTemplate template) {
        change(template, false, "template.reinstated");
    }

    private void change(AuditTemplate template, boolean retired, String doneKey) {
        String messages = "templates-form:templates-messages";
        if (staff.permits(messages)
                && AuditTexts.attempt(messages, () -> templates.retire(template.id(), retired), doneKey, template.code())) {
            load();
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZhCn() {
        return nameZhCn;
    }

    public void setNameZhCn(String nameZhCn) {
        this.nameZhCn = nameZhCn;
    }

    public String getNameZhTw() {
        return nameZhTw;
    }

    public void setNameZhTw(String nameZhTw) {
        this.nameZhTw = nameZhTw;
    }

    public String getBrief() {
        return brief;
    }

    public void setBrief(String brief) {
        this.brief = brief;
    }
}
