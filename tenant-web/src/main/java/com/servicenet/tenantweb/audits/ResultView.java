package com.servicenet.tenantweb.audits;

import com.servicenet.audits.control.AuditResult;
import com.servicenet.audits.control.AuditResults;
import com.servicenet.audits.control.CorrectiveActions;
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
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One released result of the outlet: score and band, the breakdown per section with each question's answer and
 * points, and the findings with their corrective actions. Anything unreleased, or another outlet's, is unknown
 * here exactly like an id that does not exist (404). Who visited is never shown.
 */
@Named("auditResultView")
@ViewScoped
public class ResultView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditResults results;

    @Inject
    CorrectiveActions actions;

    private String id;
    private Audit audit;
    private List<SectionLine> sections = List.of();
    private List<FindingLine> findings = List.of();

    /** f:viewAction: the outlet's own released result, or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        if (key == null) {
            FacesMessages.notFound();
            return;
        }
        try {
            show(results.result(key), actions.ofAudit(key));
        } catch (RuleViolation unknown) {
            audit = null;
            FacesMessages.notFound();
        }
    }

    private void show(AuditResult result, List<CorrectiveAction> raised) {
        Locale locale = FacesMessages.locale();
        audit = result.audit();
        Map<Long, TemplateQuestion> questions = new HashMap<>();
        List<SectionLine> lines = new ArrayList<>();
        for (TemplateSection section : audit.templateVersion().sections()) {
            List<QuestionLine> asked = new ArrayList<>();
            for (TemplateQuestion question : section.questions()) {
                questions.put(question.id(), question);
                asked.add(line(question, result.answers().get(question.id()), locale));
            }
            SectionResult score = result.sections().get(section.id());
            lines.add(new SectionLine(section.title().in(locale), section.weight(), score == null ? null : score.earned(),
                    score == null ? null : score.possible(), score == null ? null : score.score(), List.copyOf(asked)));
        }
        sections = List.copyOf(lines);
        Map<Long, CorrectiveAction> byFinding = new HashMap<>();
        raised.forEach(a -> byFinding.put(a.findingId(), a));
        List<FindingLine> found = new ArrayList<>();
        for (Finding finding : result.findings()) {
            TemplateQuestion question = questions.get(finding.questionId());
            CorrectiveAction action = byFinding.get(finding.id());
            found.add(new FindingLine(finding.id(), question == null ? "" : question.text().in(locale), finding.note(), finding.critical(),
                    action == null ? null : action.id(), action == null ? null : action.status(), action == null ? null : action.dueOn()));
        }
        findings = List.copyOf(found);
    }

    private static QuestionLine line(TemplateQuestion question, AuditAnswer answer, Locale locale) {
        Response response = answer == null ? null : answer.response();
        String key = null;
        String value = null;
        if (response == null) {
            key = "answer.none";
        } else if (response.notApplicable()) {
            key = "answer.na";
        } else if (question.kind() == QuestionKind.YES_NO && response.yes() != null) {
            key = response.yes() ? "answer.yes" : "answer.no";
        } else if (question.kind() == QuestionKind.SCALE_0_4 && response.scale() != null) {
            value = response.scale() + " / 4";
        } else if (question.kind() == QuestionKind.SCALE_1_5 && response.scale() != null) {
            value = response.scale() + " / 5";
        } else if (question.kind() == QuestionKind.NUMBER && response.number() != null) {
            value = response.number().stripTrailingZeros().toPlainString();
        } else if (question.kind() == QuestionKind.TEXT && response.text() != null) {
            value = response.text();
        } else if (question.kind() == QuestionKind.PHOTO) {
            key = "answer.photo";
        } else {
            key = "answer.none";
        }
        boolean failed = answer != null && answer.earned() != null && answer.possible() != null
                && answer.earned().multiply(java.math.BigDecimal.valueOf(2)).compareTo(answer.possible()) < 0;
        return new QuestionLine(question.id(), question.text().in(locale), question.kind().name(), key, value,
                response == null ? null : response.comment(), answer == null ? null : answer.earned(),
                answer == null ? null : answer.possible(), failed, question.critical());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Audit getAudit() {
        return audit;
    }

    public List<SectionLine> getSections() {
        return sections;
    }

    public List<FindingLine> getFindings() {
        return findings;
    }
}
