package com.servicenet.networkadmin.catalog;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.network.entity.LocalizedName;

import java.io.Serializable;
import java.math.BigDecimal;

/** The fields of the add / edit price line dialog. Editing keeps the line's key (kind, category, code). */
public class PriceLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean editing;
    private PriceLineKind kind = PriceLineKind.PART;
    private ProductCategory category;
    private String code;
    private String nameEn;
    private String nameZhCn;
    private String nameZhTw;
    private BigDecimal minPrice;
    private BigDecimal maxPrice;

    static PriceLineForm of(PriceLine line) {
        PriceLineForm form = new PriceLineForm();
        form.editing = true;
        form.kind = line.kind();
        form.category = line.category();
        form.code = line.code();
        form.nameEn = line.name().english();
        form.nameZhCn = line.name().simplified();
        form.nameZhTw = line.name().traditional();
        form.minPrice = line.minPrice();
        form.maxPrice = line.maxPrice();
        return form;
    }

    LocalizedName name() {
        return new LocalizedName(nameEn, nameZhCn, nameZhTw);
    }

    public boolean isEditing() {
        return editing;
    }

    public PriceLineKind getKind() {
        return kind;
    }

    public void setKind(PriceLineKind kind) {
        this.kind = kind;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public void setCategory(ProductCategory category) {
        this.category = category;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZhCn() {
        return nameZhCn;
    }

    public void setNameZhCn(String nameZhCn) {
        this.nameZhCn = nameZhCn;
    }

    public String getNameZhTw() {
        return nameZhTw;
    }

    public void setNameZhTw(String nameZhTw) {
        this.nameZhTw = nameZhTw;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(BigDecimal minPrice) {
        this.minPrice = minPrice;
    }

    public BigDecimal getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(BigDecimal maxPrice) {
        this.maxPrice = maxPrice;
    }
}
