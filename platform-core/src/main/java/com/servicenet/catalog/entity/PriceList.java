package com.servicenet.catalog.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.rules.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A version of HQ's repair price list (维修清单, 统一收费标准). HQ prepares a draft, then publishes it from a
 * date on; from then on it is history that repairs were checked against and never changes again (a
 * database trigger holds that), except that publishing its successor ends its validity.
 */
@Entity
@Table(name = "price_list")
public class PriceList implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "price_list_seq", sequenceName = "price_list_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_list_seq")
    private Long id;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean published;

    @Column(length = 500)
    private String note;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "priceList", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("category, kind, code")
    private List<PriceLine> lines = new ArrayList<>();

    @Version
    private int version;

    protected PriceList() {
        // for JPA
    }

    private PriceList(LocalDate validFrom, String note, String createdBy, Instant at) {
        this.validFrom = validFrom;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** A new draft; with a template, a copy of its lines to edit. */
    public static PriceList draft(LocalDate validFrom, String note, PriceList template, String createdBy, Instant at) {
        PriceList draft = new PriceList(validFrom, note, createdBy, at);
        if (template != null) {
            for (PriceLine line : template.lines) {
                draft.lines.add(new PriceLine(draft, line.kind(), line.category(), line.code(), line.name(),
                        line.minPrice(), line.maxPrice()));
            }
        }
        return draft;
    }

    /** Sets a line, replacing the one with the same kind, category and code. Drafts only. */
    public PriceLine putLine(PriceLineKind kind, ProductCategory category, String code, LocalizedName name,
                             BigDecimal minPrice, BigDecimal maxPrice) {
        requireDraft();
        PriceLine line = new PriceLine(this, kind, category, code, name, minPrice, maxPrice);
        lines.removeIf(existing -> existing.sameKey(kind, category, line.code()));
        lines.add(line);
        return line;
    }

    public void removeLine(PriceLineKind kind, ProductCategory category, String code) {
        requireDraft();
        lines.removeIf(existing -> existing.sameKey(kind, category, code));
    }

    public void removeAllLines() {
        requireDraft();
        lines.clear();
    }

    public void reschedule(LocalDate validFrom) {
        requireDraft();
        this.validFrom = validFrom;
    }

    /**
     * Publishes the draft from its first day on; its predecessor (the list valid until then) ends that day.
     *
     * @param today the first day a list may still start on: the past is what repairs were checked against
     */
    public void publish(PriceList predecessor, LocalDate today, String by, Instant at) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new RuleViolation("price-list.empty");
        }
        if (validFrom.isBefore(today)) {
            throw new RuleViolation("price-list.starts-in-past", validFrom);
        }
        if (predecessor != null) {
            if (!predecessor.validFrom.isBefore(validFrom)) {
                throw new RuleViolation("price-list.starts-before-predecessor", validFrom, predecessor.validFrom);
            }
            predecessor.validTo = validFrom;
        }
        this.published = true;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public Optional<PriceLine> line(PriceLineKind kind, ProductCategory category, String code) {
        return lines.stream().filter(line -> line.sameKey(kind, category, code)).findFirst();
    }

    public boolean validOn(LocalDate day) {
        return published && !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    private void requireDraft() {
        if (published) {
            throw new RuleViolation("price-list.published", validFrom);
        }
    }

    public Long id() {
        return id;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public boolean published() {
        return published;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<PriceLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
