package com.servicenet.network.entity;

import com.servicenet.rules.RuleViolation;
import com.servicenet.rules.Term;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A piece of the brand's territory: province, city or district, with the service area (服务范围) an outlet
 * that holds it covers. Regions are never deleted: a split or merged region is retired, so the history
 * of who held it stays readable.
 */
@Entity
@Table(name = "region")
public class Region implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    @Id
    @SequenceGenerator(name = "region_seq", sequenceName = "region_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "region_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Region parent;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegionLevel level;

    @Embedded
    private LocalizedName name;

    @Column(name = "service_area", length = 1000)
    private String serviceArea;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private int version;

    protected Region() {
        // for JPA
    }

    private Region(Region parent, String code, RegionLevel level, LocalizedName name, String serviceArea) {
        this.parent = parent;
        this.code = requireCode(code);
        this.level = level;
        this.name = name;
        this.serviceArea = Text.optional(serviceArea, 1000, "serviceArea");
    }

    public static Region province(String code, LocalizedName name, String serviceArea) {
        return new Region(null, code, RegionLevel.PROVINCE, name, serviceArea);
    }

    /** A region one level below this one (a city of a province, a district of a city). */
    public Region subdivide(String code, LocalizedName name, String serviceArea) {
        if (isRetired()) {
            throw new RuleViolation("region.retired", this.code);
        }
        if (level.childLevel() == null) {
            throw new RuleViolation("region.no-lower-level", this.code, Term.of(level));
        }
        return new Region(this, code, level.childLevel(), name, serviceArea);
    }

    /** A region beside this one, on the same level under the same parent: what a split or merge creates. */
    public Region sibling(String code, LocalizedName name, String serviceArea) {
        return parent == null ? province(code, name, serviceArea) : parent.subdivide(code, name, serviceArea);
    }

    public void rename(LocalizedName name, String serviceArea) {
        if (isRetired()) {
            throw new RuleViolation("region.retired", code);
        }
        this.name = name;
        this.serviceArea = Text.optional(serviceArea, 1000, "serviceArea");
    }

    public void retire(Instant at) {
        if (isRetired()) {
            throw new RuleViolation("region.retired", code);
        }
        this.retiredAt = at;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public boolean isSiblingOf(Region other) {
        return level == other.level && java.util.Objects.equals(parentId(), other.parentId());
    }

    public Long id() {
        return id;
    }

    public Region parent() {
        return parent;
    }

    public Long parentId() {
        return parent == null ? null : parent.id();
    }

    public String code() {
        return code;
    }

    public RegionLevel level() {
        return level;
    }

    public LocalizedName name() {
        return name;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public String serviceArea() {
        return serviceArea;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    private static String requireCode(String code) {
        String value = Text.required(code, "regionCode", 32).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(value).matches()) {
            throw new RuleViolation("region.code-format", value);
        }
        return value;
    }
}
