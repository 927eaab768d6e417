package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.AuditResult;
import com.servicenet.audits.control.AuditResults;
import com.servicenet.audits.control.CorrectiveActions;
import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditAnswer;
import com.servicenet.audits.entity.CorrectiveAction;
import com.servicenet.audits.entity.Finding;
import com.servicenet.audits.entity.QuestionKind;
import com.servicenet.audits.entity.Response;
import com.servicenet.audits.entity.SectionResult;
import com.servicenet.audits.entity.TemplateQuestion;
import com.servicenet.audits.entity.TemplateSection;
import com.servicenet.rules.RuleViolation;
import com.servicenet.training.control.Certifications;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One audit's result for HQ: overall score and band (and the critical cap, when it applied), each section's
 * weight, points and score, every answer, the files of the visit, and the findings with their corrective
 * actions. HQ releases a submitted result to the outlet, and raises corrective actions from its findings.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "audit-form:audit-messages";
    private static final String RAISE_MESSAGES = "raise-form:raise-messages";
    private static final Map<String, String> RAISE_FIELDS = Map.of("description", "raise-form:raise-description", "dueOn", "raise-form:raise-due");

    /** One answer as the breakdown shows it. */
    public record AnswerRow(TemplateQuestion question, String text, String answer, BigDecimal earned, BigDecimal possible,
                            String comment, boolean failed) implements Serializable {
    }

    /** One section: its title in the reader's language, weight, points, score and answers. */
    public record SectionRow(String title, BigDecimal weight, BigDecimal earned, BigDecimal possible, BigDecimal score,
                             List<AnswerRow> answers) implements Serializable {
    }

    /** A finding with its question and the corrective action raised from it, if any. */
    public record FindingRow(Finding finding, String question, CorrectiveAction action) implements Serializable {
    }

    @Inject
    AuditResults results;

    @Inject
    CorrectiveActions actions;

    @Inject
    AuditStaff staff;

    private String id;
    private AuditResult result;
    private List<SectionRow> sections = List.of();
    private List<FindingRow> findings = List.of();
    private FindingRow raising;
    private String description;
    private LocalDate dueOn;

    /** f:viewAction: the audit named by the id parameter, or 404 (also for one not submitted yet). */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        try {
            if (key == null) {
                throw new RuleViolation("audit.unknown", id);
            }
            result = results.result(key);
        } catch (RuleViolation unknown) {
            result = null;
            FacesMessages.notFound();
            return;
        }
        Locale locale = FacesMessages.locale();
        Audit audit = result.audit();
        List<SectionRow> rows = new ArrayList<>();
        for (TemplateSection section : audit.templateVersion().sections()) {
            SectionResult score = result.sections().get(section.id());
            List<AnswerRow> answers = new ArrayList<>();
            for (TemplateQuestion question : section.questions()) {
                AuditAnswer answer = result.answers().get(question.id());
                Response response = answer == null ? null : answer.response();
                answers.add(new AnswerRow(question, question.text().in(locale), shown(question, response),
                        answer == null ? null : answer.earned(), answer == null ? null : answer.possible(),
                        response == null ? null : response.comment(),
                        response != null && !response.notApplicable() && question.kind().scored()
                                && question.kind().answeredBy(response) && question.kind().fails(response)));
            }
            rows.add(new SectionRow(section.title().in(locale), section.weight(), score == null ? null : score.earned(),
                    score == null ? null : score.possible(), score == null ? null : score.score(), answers));
        }
        sections = rows;
        Map<Long, CorrectiveAction> raised = actions.ofAudit(key).stream()
                .collect(Collectors.toMap(CorrectiveAction::findingId, Function.identity()));
        findings = result.findings().stream().map(f -> new FindingRow(f,
                audit.templateVersion().question(f.questionId()).text().in(locale), raised.get(f.id()))).toList();
    }

    /** An answer in words: yes / no, a scale value, a number, the text, not applicable, or the photos' count. */
    private String shown(TemplateQuestion question, Response response) {
        long photos = result.attachments().stream().filter(a -> question.id().equals(a.questionId())).count();
        if (question.kind() == QuestionKind.PHOTO) {
            return AuditTexts.text("answer.photos", photos);
        }
        if (response == null) {
            return AuditTexts.text("answer.none");
        }
        if (response.notApplicable()) {
            return AuditTexts.text("answer.na");
        }
        return switch (question.kind()) {
            case YES_NO -> response.yes() == null ? AuditTexts.text("answer.none") : AuditTexts.text(response.yes() ? "answer.yes" : "answer.no");
            case SCALE_0_4 -> response.scale() == null ? AuditTexts.text("answer.none") : response.scale() + " / 4";
            case SCALE_1_5 -> response.scale() == null ? AuditTexts.text("answer.none") : response.scale() + " / 5";
            case NUMBER -> response.number() == null ? AuditTexts.text("answer.none") : response.number().toPlainString();
            default -> response.text() == null ? "" : response.text();
        };
    }

    /** Shows the result to the outlet; the audit rule may put the outlet on probation and on the candidate list. */
    public String release() {
        if (!staff.permits(MESSAGES)) {
            return null;
        }
        long key = result.audit().id();
        if (AuditTexts.attempt(MESSAGES, () -> results.release(key), "audit.released", key)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/audit.xhtml?faces-redirect=true&id=" + key;
        }
        return null;
    }

    public void prepareRaise(FindingRow row) {
        raising = row;
        description = null;
        dueOn = Certifications.today().plusDays(30);
    }

    public String raise() {
        if (!staff.permits(RAISE_MESSAGES) || raising == null) {
            return null;
        }
        long finding = raising.finding().id();
        long key = result.audit().id();
        if (AuditTexts.attempt(RAISE_MESSAGES, RAISE_FIELDS, () -> actions.raise(finding, description, dueOn), "action.raised", raising.question())) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/audit.xhtml?faces-redirect=true&id=" + key;
        }
        return null;
    }

    public boolean isReleasable() {
        return result != null && result.audit().status() == com.servicenet.audits.entity.AuditStatus.SUBMITTED;
    }

    public boolean isReleased() {
        return result != null && result.audit().status() == com.servicenet.audits.entity.AuditStatus.RELEASED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AuditResult getResult() {
        return result;
    }

    public Audit getAudit() {
        return result == null ? null : result.audit();
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public List<Attachment> getAttachments() {
        return result == null ? List.of() : result.attachments();
    }

    public FindingRow getRaising() {
        return raising;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
