package com.servicenet.audits.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A section of a template version, e.g. one of the six service-quality criteria, with its weight. */
@Entity
@Table(name = "template_section")
public class TemplateSection implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** A section as the editor sends it. */
    public record Draft(String titleZhCn, String titleEn, String titleZhTw, BigDecimal weight,
                        List<TemplateQuestion.Draft> questions) {
        public Draft {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    @Id
    @SequenceGenerator(name = "template_section_seq", sequenceName = "template_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "template_section_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private TemplateVersion templateVersion;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "simplified", column = @Column(name = "title_zh_cn", nullable = false, length = 200)),
            @AttributeOverride(name = "english", column = @Column(name = "title_en", length = 200)),
            @AttributeOverride(name = "traditional", column = @Column(name = "title_zh_tw", length = 200))})
    private Wording title;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TemplateQuestion> questions = new ArrayList<>();

    protected TemplateSection() {
        // for JPA
    }

    TemplateSection(TemplateVersion version, int position, Draft draft) {
        this.templateVersion = version;
        this.position = position;
        this.title = new Wording(draft.titleZhCn(), draft.titleEn(), draft.titleZhTw(), "sectionTitle", 200);
        this.weight = TemplateQuestion.weight(draft.weight(), "sectionWeight", false);
        int at = 1;
        for (TemplateQuestion.Draft question : draft.questions()) {
            questions.add(new TemplateQuestion(this, at++, question));
        }
    }

    Draft draft() {
        return new Draft(title.simplified(), title.english(), title.traditional(), weight,
                questions.stream().map(TemplateQuestion::draft).toList());
    }

    Scoring.SectionRule rule() {
        return new Scoring.SectionRule(id, weight, questions.stream().map(TemplateQuestion::rule).toList());
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public Wording title() {
        return title;
    }

    public BigDecimal weight() {
        return weight;
    }

    public List<TemplateQuestion> questions() {
        return List.copyOf(questions);
    }

}
