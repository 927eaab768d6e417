package com.servicenet.catalog.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.LocalizedName;
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
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line of the repair price list (维修清单): the range a part's unit price, or a service type's labour fee,
 * must lie in for one product category. Charges outside the range are flagged, not refused.
 */
@Entity
@Table(name = "price_line")
public class PriceLine implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    @Id
    @SequenceGenerator(name = "price_line_seq", sequenceName = "price_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "price_list_id")
    private PriceList priceList;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PriceLineKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProductCategory category;

    @Column(nullable = false, length = 32)
    private String code;

    @Embedded
    private LocalizedName name;

    @Column(name = "min_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal minPrice;

    @Column(name = "max_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal maxPrice;

    protected PriceLine() {
        // for JPA
    }

    PriceLine(PriceList priceList, PriceLineKind kind, ProductCategory category, String code, LocalizedName name,
              BigDecimal minPrice, BigDecimal maxPrice) {
        this.priceList = priceList;
        this.kind = kind;
        this.category = category;
        this.code = code(code);
        this.name = name;
        this.minPrice = Money.amount(minPrice, "minPrice");
        this.maxPrice = Money.amount(maxPrice, "maxPrice");
        if (this.maxPrice.compareTo(this.minPrice) < 0) {
            throw new InvalidField("maxPrice", "price-line.range", this.minPrice, this.maxPrice);
        }
    }

    static String code(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalized).matches()) {
            throw new InvalidField("code", "price-line.code-format", code == null ? "" : code);
        }
        return normalized;
    }

    /** Where a charge stands against this line: below, within or above the range. */
    public int compare(BigDecimal charged) {
        if (charged.compareTo(minPrice) < 0) {
            return -1;
        }
        return charged.compareTo(maxPrice) > 0 ? 1 : 0;
    }

    public boolean sameKey(PriceLineKind kind, ProductCategory category, String code) {
        return this.kind == kind && this.category == category && this.code.equals(code);
    }

    public Long id() {
        return id;
    }

    public PriceLineKind kind() {
        return kind;
    }

    public ProductCategory category() {
        return category;
    }

    public String code() {
        return code;
    }

    public LocalizedName name() {
        return name;
    }

    public BigDecimal minPrice() {
        return minPrice;
    }

    public BigDecimal maxPrice() {
        return maxPrice;
    }
}
