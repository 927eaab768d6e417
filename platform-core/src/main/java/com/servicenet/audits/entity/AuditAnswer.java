package com.servicenet.audits.entity;

import com.servicenet.network.entity.Text;
import com.servicenet.rules.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The answer to one question of one audit, kept from the first draft; points are set on submission. */
@Entity
@Table(name = "audit_answer")
public class AuditAnswer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "audit_answer_seq", sequenceName = "audit_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_answer_seq")
    private Long id;

    @Column(name = "audit_id", nullable = false, updatable = false)
    private long auditId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    private Boolean yes;

    private Integer scale;

    @Column(precision = 12, scale = 2)
    private BigDecimal number;

    @Column(length = 2000)
    private String text;

    @Column(length = 1000)
    private String comment;

    @Column(precision = 8, scale = 2)
    private BigDecimal earned;

    @Column(precision = 8, scale = 2)
    private BigDecimal possible;

    protected AuditAnswer() {
        // for JPA
    }

    public AuditAnswer(long auditId, TemplateQuestion question, Response response) {
        this.auditId = auditId;
        this.questionId = question.id();
        record(question, response);
    }

    /**
     * Takes a draft's answer. Values that do not fit the question's kind are refused even in a draft, so
     * what is stored is always a possible answer; completeness is checked only on submission.
     */
    public void record(TemplateQuestion question, Response response) {
        String field = "answers[" + question.id() + "]";
        if (response.notApplicable() && !question.notApplicableAllowed()) {
            throw new InvalidField(field, "audit.na-not-allowed", question.text().simplified());
        }
        if (response.scale() != null && (question.kind() == QuestionKind.SCALE_0_4 || question.kind() == QuestionKind.SCALE_1_5)
                && !question.kind().answeredBy(response)) {
            throw new InvalidField(field, "audit.scale-range", question.text().simplified(),
                    question.kind() == QuestionKind.SCALE_0_4 ? "0–4" : "1–5");
        }
        if (response.number() != null && (response.number().abs().compareTo(new BigDecimal("9999999999")) > 0
                || response.number().scale() > 2)) {
            throw new InvalidField(field, "audit.number-range", question.text().simplified());
        }
        this.notApplicable = response.notApplicable();
        boolean keep = !notApplicable;
        this.yes = keep && question.kind() == QuestionKind.YES_NO ? response.yes() : null;
        this.scale = keep && (question.kind() == QuestionKind.SCALE_0_4 || question.kind() == QuestionKind.SCALE_1_5) ? response.scale() : null;
        this.number = keep && question.kind() == QuestionKind.NUMBER ? response.number() : null;
        this.text = keep && question.kind() == QuestionKind.TEXT ? Text.optional(response.text(), 2000, "text") : null;
        this.comment = Text.optional(response.comment(), 1000, "comment");
    }

    public void scored(Scoring.Points points) {
        this.earned = points == null ? null : points.earned();
        this.possible = points == null ? null : points.possible();
    }

    public Response response() {
        return new Response(notApplicable, yes, scale, number, text, comment);
    }

    public long questionId() {
        return questionId;
    }

    public long auditId() {
        return auditId;
    }

    public BigDecimal earned() {
        return earned;
    }

    public BigDecimal possible() {
        return possible;
    }
}
