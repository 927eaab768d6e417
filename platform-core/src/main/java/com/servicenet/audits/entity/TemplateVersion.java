package com.servicenet.audits.entity;

import com.servicenet.network.entity.Text;
import com.servicenet.rules.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One numbered version of a template: a draft HQ edits, then published and frozen (the database refuses
 * any change to a published version). Audits point at the version they were made with.
 */
@Entity
@Table(name = "template_version")
public class TemplateVersion implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_SECTIONS = 30;
    public static final int MAX_QUESTIONS = 200;

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @SequenceGenerator(name = "template_version_seq", sequenceName = "template_version_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "template_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "template_id", updatable = false)
    private AuditTemplate template;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.DRAFT;

    @Column(name = "critical_cap", nullable = false, precision = 5, scale = 2)
    private BigDecimal criticalCap = new BigDecimal("49");

    @Column(length = 2000)
    private String brief;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "templateVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<TemplateSection> sections = new ArrayList<>();

    protected TemplateVersion() {
        // for JPA
    }

    public TemplateVersion(AuditTemplate template, int number, String createdBy, Instant at) {
        this.template = template;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** Replaces the whole content of a draft. */
    public void compose(BigDecimal criticalCap, String brief, List<TemplateSection.Draft> sections) {
        requireDraft();
        if (criticalCap == null || criticalCap.signum() < 0 || criticalCap.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new com.servicenet.rules.InvalidField("criticalCap", "template.cap-range");
        }
        if (sections.size() > MAX_SECTIONS) {
            throw new RuleViolation("template.too-many-sections", MAX_SECTIONS);
        }
        int questions = sections.stream().mapToInt(s -> s.questions().size()).sum();
        if (questions > MAX_QUESTIONS) {
            throw new RuleViolation("template.too-many-questions", MAX_QUESTIONS);
        }
        this.criticalCap = criticalCap;
        this.brief = Text.optional(brief, 2000, "brief");
        this.sections.clear();
        int position = 1;
        for (TemplateSection.Draft draft : sections) {
            this.sections.add(new TemplateSection(this, position++, draft));
        }
    }

    /**
     * Empties a draft before its content is written again: the old rows must leave the database before the new
     * ones arrive, since a section's position is unique within its version and EclipseLink inserts before it
     * deletes orphans.
     */
    public void clear() {
        requireDraft();
        sections.clear();
    }

    public void publish(String by, Instant at) {
        requireDraft();
        if (sections.isEmpty() || sections.stream().allMatch(s -> s.questions().isEmpty())) {
            throw new RuleViolation("template.empty");
        }
        for (TemplateSection section : sections) {
            if (section.questions().isEmpty()) {
                throw new RuleViolation("template.section-empty", section.title().simplified());
            }
        }
        this.status = Status.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    /** The next draft starts as a copy of this version. */
    public List<TemplateSection.Draft> content() {
        return sections.stream().map(TemplateSection::draft).toList();
    }

    public List<Scoring.SectionRule> rules() {
        return sections.stream().map(TemplateSection::rule).toList();
    }

    public TemplateQuestion question(long questionId) {
        return sections.stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.id() != null && q.id() == questionId).findFirst()
                .orElseThrow(() -> new com.servicenet.rules.InvalidField("questionId", "audit.question-unknown", questionId));
    }

    public List<TemplateQuestion> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new RuleViolation("template.published", template.code(), number);
        }
    }

    public Long id() {
        return id;
    }

    public AuditTemplate template() {
        return template;
    }

    public int number() {
        return number;
    }

    public Status status() {
        return status;
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public BigDecimal criticalCap() {
        return criticalCap;
    }

    public String brief() {
        return brief;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<TemplateSection> sections() {
        return List.copyOf(sections);
    }
}
