package com.servicenet.tenantweb.repairs;

import com.servicenet.repairs.entity.PartCharge;
import com.servicenet.repairs.entity.RepairPart;

import java.io.Serializable;
import java.math.BigDecimal;

/** One part line of the repair form, as the user types it; the domain checks it when the form is saved. */
public class PartLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String partCode;
    private Integer quantity = 1;
    private BigDecimal unitPrice;

    static PartLine of(RepairPart part) {
        PartLine line = new PartLine();
        line.partCode = part.partCode();
        line.quantity = part.quantity();
        line.unitPrice = part.unitPrice();
        return line;
    }

    /** @param index the line's position, so that a refusal names {@code parts[index].field} */
    PartCharge charge(int index) {
        return PartCharge.of("parts[" + index + "]", partCode, quantity, unitPrice);
    }

    public String getPartCode() {
        return partCode;
    }

    public void setPartCode(String partCode) {
        this.partCode = partCode;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }
}
