package com.servicenet.tenantweb.repairs;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.repairs.control.RepairReport;
import com.servicenet.repairs.entity.Customer;
import com.servicenet.repairs.entity.Job;
import com.servicenet.repairs.entity.PartCharge;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.repairs.entity.ServiceType;
import com.servicenet.repairs.entity.WarrantyDecision;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The repair form's fields (JavaBean, for the inputs); {@link #report()} hands them to the domain, which checks them. */
public class RepairForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String ticketNo;
    private ServiceType serviceType = ServiceType.IN_SHOP;
    private ProductCategory category;
    private String model;
    private String serialNo;
    private LocalDate purchaseDate;
    private String fault;
    private String customerName;
    private String customerPhone;
    private String customerAddress;
    private String technicianCode;
    private BigDecimal labourFee;
    private BigDecimal otherFees;
    private WarrantyDecision warrantyDecision;
    private List<PartLine> parts = new ArrayList<>();

    static RepairForm of(RepairOrder order) {
        RepairForm form = new RepairForm();
        form.ticketNo = order.ticketNo();
        form.serviceType = order.serviceType();
        form.category = order.category();
        form.model = order.model();
        form.serialNo = order.serialNo();
        form.purchaseDate = order.purchaseDate();
        form.fault = order.fault();
        form.customerName = order.customer().name();
        form.customerPhone = order.customer().phone();
        form.customerAddress = order.customer().address();
        form.technicianCode = order.technician() == null ? null : order.technician().code();
        form.labourFee = order.labourFee();
        form.otherFees = order.otherFees();
        form.warrantyDecision = order.warrantyDecision();
        form.parts = new ArrayList<>(order.parts().stream().map(PartLine::of).toList());
        return form;
    }

    /**
     * The form as a report, received now (the portal records jobs as they come in).
     *
     * @throws com.servicenet.rules.InvalidField naming the first field the domain refuses
     */
    RepairReport report() {
        Job job = new Job(serviceType, category, model, serialNo, purchaseDate, fault);
        Customer customer = new Customer(customerName, customerPhone, customerAddress);
        List<PartCharge> charges = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            charges.add(parts.get(i).charge(i));
        }
        return new RepairReport(ticketNo, job, customer, blankToNull(technicianCode), null, charges, labourFee, otherFees,
                warrantyDecision);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getTicketNo() {
        return ticketNo;
    }

    public void setTicketNo(String ticketNo) {
        this.ticketNo = ticketNo;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public void setCategory(ProductCategory category) {
        this.category = category;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(LocalDate purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    public String getFault() {
        return fault;
    }

    public void setFault(String fault) {
        this.fault = fault;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public void setCustomerPhone(String customerPhone) {
        this.customerPhone = customerPhone;
    }

    public String getCustomerAddress() {
        return customerAddress;
    }

    public void setCustomerAddress(String customerAddress) {
        this.customerAddress = customerAddress;
    }

    public String getTechnicianCode() {
        return technicianCode;
    }

    public void setTechnicianCode(String technicianCode) {
        this.technicianCode = technicianCode;
    }

    public BigDecimal getLabourFee() {
        return labourFee;
    }

    public void setLabourFee(BigDecimal labourFee) {
        this.labourFee = labourFee;
    }

    public BigDecimal getOtherFees() {
        return otherFees;
    }

    public void setOtherFees(BigDecimal otherFees) {
        this.otherFees = otherFees;
    }

    public WarrantyDecision getWarrantyDecision() {
        return warrantyDecision;
    }

    public void setWarrantyDecision(WarrantyDecision warrantyDecision) {
        this.warrantyDecision = warrantyDecision;
    }

    public List<PartLine> getParts() {
        return parts;
    }
}
