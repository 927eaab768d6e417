package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.AuditTemplates;
import com.servicenet.audits.entity.AuditTemplate;
import com.servicenet.audits.entity.QuestionKind;
import com.servicenet.audits.entity.TemplateVersion;
import com.servicenet.networkadmin.audits.SectionForm.QuestionForm;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The template editor: the draft's sections and questions (add, remove, reorder), its critical cap and brief;
 * save and publish. Published versions are shown read-only with their number; "new version" opens a draft
 * copied from the last published one.
 */
@Named
@ViewScoped
public class AuditTemplateView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "template-form:template-messages";
    private static final Map<String, String> FIELDS = Map.of("criticalCap", "template-form:critical-cap", "brief", "template-form:brief");

    @Inject
    AuditTemplates templates;

    @Inject
    AuditStaff staff;

    private String id;
    private String version;
    private AuditTemplate template;
    private List<TemplateVersion> versions = List.of();
    /** The version on screen: the draft when there is one and none other was asked for. */
    private TemplateVersion shown;
    private BigDecimal criticalCap;
    private String brief;
    private List<SectionForm> sections = new ArrayList<>();

    /** f:viewAction: the template named by the id parameter (and the version number, if given), or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        Long number = version == null || version.isBlank() ? null : PageParameters.id(version);
        try {
            if (key == null || (version != null && !version.isBlank() && number == null)) {
                throw new RuleViolation("template.unknown", id);
            }
            template = templates.template(key);
            versions = templates.versions(key);
        } catch (RuleViolation unknown) {
            FacesMessages.notFound();
            return;
        }
        shown = versions.stream().filter(v -> number == null ? !v.published() : v.number() == number).findFirst()
                .orElse(number == null && !versions.isEmpty() ? versions.get(0) : null);
        if (shown == null) {
            FacesMessages.notFound();
            return;
        }
        criticalCap = shown.criticalCap();
        brief = shown.brief();
        sections = new ArrayList<>(shown.content().stream().map(SectionForm::of).toList());
    }

    public void addSection() {
        sections.add(new SectionForm());
    }

    public void removeSection(SectionForm section) {
        sections.remove(section);
    }

    public void moveSection(SectionForm section, int by) {
        Reorder.move(sections, section, by);
    }

    public void addQuestion(SectionForm section) {
        section.addQuestion();
    }

    public void removeQuestion(SectionForm section, QuestionForm question) {
        section.removeQuestion(question);
    }

    public void moveQuestion(SectionForm section, QuestionForm question, int by) {
        section.moveQuestion(question, by);
    }

    /** Saves the draft's whole content. */
    public void save() {
        if (staff.permits(MESSAGES) && AuditTexts.attempt(MESSAGES, FIELDS, this::compose, "template.saved", template.code())) {
            reload(null);
        }
    }

    /** Saves what is on screen, then publishes it: the version is frozen from now on. */
    public String publish() {
        if (!staff.permits(MESSAGES)) {
            return null;
        }
        int number = shown.number();
        if (AuditTexts.attempt(MESSAGES, FIELDS, () -> {
            compose();
            templates.publish(template.id());
        }, "template.publish-done", template.code(), number)) {
            return redirect(number);
        }
        return null;
    }

    /** Opens the next draft, a copy of the last published version. */
    public String newVersion() {
        if (!staff.permits(MESSAGES)) {
            return null;
        }
        if (AuditTexts.attempt(MESSAGES, () -> templates.openDraft(template.id()), "template.draft-opened", template.code())) {
            return redirect(null);
        }
        return null;
    }

    private void compose() {
        templates.compose(template.id(), criticalCap == null ? BigDecimal.valueOf(-1) : criticalCap, brief,
                sections.stream().map(SectionForm::draft).toList());
    }

    private String redirect(Integer number) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/audit-template.xhtml?faces-redirect=true&id=" + template.id() + (number == null ? "" : "&version=" + number);
    }

    private void reload(String number) {
        version = number;
        try {
            load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether what is on screen can be edited: the draft, for a caller who may change audits. */
    public boolean isEditable() {
        return shown != null && !shown.published() && staff.isCaller();
    }

    public boolean isDraftOpen() {
        return versions.stream().anyMatch(v -> !v.published());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public AuditTemplate getTemplate() {
        return template;
    }

    public List<TemplateVersion> getVersions() {
        return versions;
    }

    public TemplateVersion getShown() {
        return shown;
    }

    public List<SectionForm> getSections() {
        return sections;
    }

    public BigDecimal getCriticalCap() {
        return criticalCap;
    }

    public void setCriticalCap(BigDecimal criticalCap) {
        this.criticalCap = criticalCap;
    }

    public String getBrief() {
        return brief;
    }

    public void setBrief(String brief) {
        this.brief = brief;
    }

    public QuestionKind[] getQuestionKinds() {
        return QuestionKind.values();
    }
}
