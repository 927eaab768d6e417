package com.servicenet.networkadmin.visits;

import com.servicenet.audits.control.Fieldwork;
import com.servicenet.audits.control.Visit;
import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditStatus;
import com.servicenet.audits.entity.Response;
import com.servicenet.audits.entity.TemplateQuestion;
import com.servicenet.audits.entity.TemplateSection;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.training.control.Certifications;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visit form of one assignment, made for a phone: the brief, the questions section by section, drafts,
 * receipts and photos, the day of the visit and the one submission. Somebody else's audit, or one that does
 * not exist, is unknown (404). Once submitted the form is read-only.
 * <p>
 * The form is built from the template version with {@code c:forEach}, so the assignment is loaded when the
 * view is built, in {@code @PostConstruct}, from the {@code id} parameter; {@link #check()} answers 404.
 */
@Named
@ViewScoped
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ANSWER_FIELD = Pattern.compile("answers\\[(\\d+)]");
    static final String MESSAGES = "visit-form:visit-messages";

    @Inject
    Fieldwork fieldwork;

    private Long id;
    private Audit audit;
    private String outletName;
    private String outletAddress;
    private List<SectionRows> sections = List.of();
    private final Map<Long, AnswerRow> rows = new LinkedHashMap<>();
    private final List<FileRow> files = new ArrayList<>();
    private final Map<Long, String> errors = new HashMap<>();
    private LocalDate visitedOn;

    @PostConstruct
    void load() {
        id = PageParameters.id(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        if (id == null) {
            return;
        }
        try {
            show(fieldwork.visit(id));
        } catch (RuleViolation unknown) {
            audit = null;
        }
    }

    private void show(Visit visit) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot() == null ? Locale.ENGLISH : FacesMessages.locale();
        audit = visit.audit();
        outletName = visit.outletName();
        outletAddress = visit.outletAddress();
        rows.clear();
        List<SectionRows> shown = new ArrayList<>();
        for (TemplateSection section : audit.templateVersion().sections()) {
            List<AnswerRow> questions = new ArrayList<>();
            for (TemplateQuestion question : section.questions()) {
                AnswerRow row = new AnswerRow(question, visit.answers().get(question.id()), locale);
                rows.put(question.id(), row);
                questions.add(row);
            }
            shown.add(new SectionRows(section.title().in(locale), List.copyOf(questions)));
        }
        sections = List.copyOf(shown);
        files.clear();
        visit.attachments().forEach(a -> files.add(FileRow.of(a)));
        visitedOn = audit.visitedOn() != null ? audit.visitedOn() : Certifications.today();
    }

    /** f:viewAction: the caller's own assignment, or 404. */
    public void check() throws IOException {
        if (audit == null) {
            FacesMessages.notFound();
        }
    }

    public void saveDraft() {
        errors.clear();
        try {
            fieldwork.saveDraft(id, responses());
            VisitTexts.info(MESSAGES, VisitTexts.text("visit.draft-saved"));
        } catch (RuleViolation refused) {
            refuse(refused);
        }
    }

    /** Submits once; afterwards the page shows the submitted, read-only form (redirect after POST). */
    public String submit() {
        errors.clear();
        try {
            fieldwork.submit(id, visitedOn, responses());
            return "/visits/visit.xhtml?faces-redirect=true&id=" + id;
        } catch (RuleViolation refused) {
            refuse(refused);
            return null;
        }
    }

    public void uploadPhoto(FileUploadEvent event) {
        Object question = event.getComponent().getAttributes().get("questionId");
        attach(event, question == null ? null : Long.valueOf(question.toString()), Attachment.Purpose.PHOTO);
    }

    public void uploadReceipt(FileUploadEvent event) {
        attach(event, null, Attachment.Purpose.RECEIPT);
    }

    /** Stores the file if its bytes pass {@code Upload}'s checks; otherwise shows the refusal and stores nothing. */
    private void attach(FileUploadEvent event, Long questionId, Attachment.Purpose purpose) {
        String clientId = event.getComponent().getClientId();
        UploadedFile file = event.getFile();
        try {
            Attachment attachment = fieldwork.attach(id, questionId, purpose, file.getFileName(), file.getContent());
            files.add(FileRow.of(attachment));
            VisitTexts.info(clientId, VisitTexts.text("visit.attached", attachment.fileName()));
        } catch (RuleViolation refused) {
            VisitTexts.error(clientId, VisitTexts.refusal(refused));
            FacesMessages.keepDialogOpen();
        }
    }

    private Map<Long, Response> responses() {
        Map<Long, Response> responses = new LinkedHashMap<>();
        rows.forEach((question, row) -> responses.put(question, row.response()));
        return responses;
    }

    /** A refused answer is shown at its question and at the top; any other refusal at the top. */
    private void refuse(RuleViolation refused) {
        String text = VisitTexts.refusal(refused);
        if (refused instanceof InvalidField field) {
            Matcher answer = ANSWER_FIELD.matcher(field.field() == null ? "" : field.field());
            if (answer.matches()) {
                errors.put(Long.valueOf(answer.group(1)), text);
            } else if ("visitedOn".equals(field.field())) {
                VisitTexts.error("visit-form:visited-on", text);
            }
        }
        VisitTexts.error(MESSAGES, text);
        FacesMessages.keepDialogOpen();
    }

    public List<FileRow> photosOf(long questionId) {
        return files.stream().filter(f -> f.questionId() != null && f.questionId() == questionId).toList();
    }

    public List<FileRow> getReceipts() {
        return files.stream().filter(f -> f.questionId() == null).toList();
    }

    public boolean isReadOnly() {
        return audit == null || !audit.status().open();
    }

    public boolean isSubmitted() {
        return audit != null && (audit.status() == AuditStatus.SUBMITTED || audit.status() == AuditStatus.RELEASED);
    }

    public Instant getSubmittedAt() {
        return audit == null ? null : audit.submittedAt();
    }

    public Audit getAudit() {
        return audit;
    }

    public String getOutletName() {
        return outletName;
    }

    public String getOutletAddress() {
        return outletAddress;
    }

    public List<SectionRows> getSections() {
        return sections;
    }

    public Map<Long, String> getErrors() {
        return errors;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public LocalDate getToday() {
        return Certifications.today();
    }
}
