package com.servicenet.training.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.network.entity.Text;
import com.servicenet.rules.InvalidField;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A course of HQ's central training (培训). Passing it certifies a technician for its product categories
 * for {@code validityMonths}; the pass mark is a score out of 100.
 */
@Entity
@Table(name = "course")
public class Course implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseKind kind;

    @Embedded
    private LocalizedName name;

    @Column(length = 2000)
    private String description;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_category", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "category", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Course() {
        // for JPA
    }

    public Course(String code, CourseKind kind, LocalizedName name, String description, int validityMonths, int passMark,
                  Collection<ProductCategory> categories, String createdBy, Instant at) {
        String upper = Text.required(code, "courseCode", 32).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw new InvalidField("code", "course.code-format", upper);
        }
        this.code = upper;
        this.createdBy = createdBy;
        this.createdAt = at;
        describe(kind, name, description, validityMonths, passMark, categories);
    }

    /** Changes what later sessions teach and grant; certificates already issued keep what they granted. */
    public void describe(CourseKind kind, LocalizedName name, String description, int validityMonths, int passMark,
                         Collection<ProductCategory> categories) {
        if (kind == null) {
            throw new InvalidField("kind", "course.kind-required");
        }
        if (validityMonths < 1 || validityMonths > 120) {
            throw new InvalidField("validityMonths", "course.validity-range", validityMonths);
        }
        if (passMark < 0 || passMark > 100) {
            throw new InvalidField("passMark", "course.pass-mark-range", passMark);
        }
        if (categories == null || categories.isEmpty()) {
            throw new InvalidField("categories", "course.categories-required");
        }
        this.kind = kind;
        this.name = name;
        this.description = Text.optional(description, 2000, "description");
        this.validityMonths = validityMonths;
        this.passMark = passMark;
        this.categories.clear();
        this.categories.addAll(categories);
    }

    /** No new sessions of a retired course; its certificates stay what they are. */
    public void retire() {
        this.active = false;
    }

    public void reinstate() {
        this.active = true;
    }

    public boolean passes(int score) {
        return score >= passMark;
    }

    /** The first day a certificate issued on {@code issuedOn} is no longer valid. */
    public LocalDate expiryOf(LocalDate issuedOn) {
        return issuedOn.plusMonths(validityMonths);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public CourseKind kind() {
        return kind;
    }

    public LocalizedName name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int validityMonths() {
        return validityMonths;
    }

    public int passMark() {
        return passMark;
    }

    public Set<ProductCategory> categories() {
        return categories.isEmpty() ? EnumSet.noneOf(ProductCategory.class) : EnumSet.copyOf(categories);
    }

    public boolean active() {
        return active;
    }
}
