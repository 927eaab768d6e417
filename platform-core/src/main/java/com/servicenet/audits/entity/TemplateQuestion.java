package com.servicenet.audits.entity;

import com.servicenet.rules.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One question of a section: its kind, weight, whether failing it is critical and whether N/A is allowed. */
@Entity
@Table(name = "template_question")
public class TemplateQuestion implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

    public record Draft(String textZhCn, String textEn, String textZhTw, QuestionKind kind, BigDecimal weight,
                        boolean critical, boolean notApplicableAllowed) {
    }

    @Id
    @SequenceGenerator(name = "template_question_seq", sequenceName = "template_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "template_question_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", updatable = false)
    private TemplateSection section;

    @Column(nullable = false)
    private int position;

    @Embedded
    private Wording text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionKind kind;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @Column(nullable = false)
    private boolean critical;

    @Column(name = "na_allowed", nullable = false)
    private boolean notApplicableAllowed;

    protected TemplateQuestion() {
        // for JPA
    }

    TemplateQuestion(TemplateSection section, int position, Draft draft) {
        if (draft.kind() == null) {
            throw new InvalidField("kind", "template.kind-required", draft.textZhCn());
        }
        this.section = section;
        this.position = position;
        this.text = new Wording(draft.textZhCn(), draft.textEn(), draft.textZhTw(), "questionText", 500);
        this.kind = draft.kind();
        if (kind.scored()) {
            this.weight = weight(draft.weight(), "weight", false);
            this.critical = draft.critical();
        } else {
            // facts carry no weight and cannot fail
            this.weight = BigDecimal.ZERO;
            this.critical = false;
        }
        this.notApplicableAllowed = draft.notApplicableAllowed();
    }

    static BigDecimal weight(BigDecimal weight, String field, boolean zeroAllowed) {
        if (weight == null || weight.signum() < 0 || (!zeroAllowed && weight.signum() == 0)
                || weight.compareTo(MAX_WEIGHT) > 0 || weight.scale() > 2) {
            throw new InvalidField(field, "template.weight-range");
        }
        return weight;
    }

    Draft draft() {
        return new Draft(text.simplified(), text.english(), text.traditional(), kind, weight, critical, notApplicableAllowed);
    }

    Scoring.QuestionRule rule() {
        return new Scoring.QuestionRule(id, kind, weight, critical);
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public Wording text() {
        return text;
    }

    public QuestionKind kind() {
        return kind;
    }

    public BigDecimal weight() {
        return weight;
    }

    public boolean critical() {
        return critical;
    }

    public boolean notApplicableAllowed() {
        return notApplicableAllowed;
    }

    public TemplateSection section() {
        return section;
    }
}
