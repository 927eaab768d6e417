package com.servicenet.networkadmin.network;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.control.OutletRegistration;
import com.servicenet.web.faces.ContactForm;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** What HQ types into the "register outlet" dialog; the domain checks it when it becomes an outlet. */
public class OutletForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String legalName;
    private String businessLicenceNo;
    private String address;
    private String qualifications;
    private List<ProductCategory> productCategories = new ArrayList<>();
    private final ContactForm contact = new ContactForm();

    /** The form filled with an outlet's current profile, for HQ to edit. */
    static OutletForm of(com.servicenet.network.entity.Outlet outlet) {
        OutletForm form = new OutletForm();
        form.code = outlet.code();
        form.legalName = outlet.legalName();
        form.businessLicenceNo = outlet.businessLicenceNo();
        form.address = outlet.address();
        form.qualifications = outlet.qualifications();
        form.productCategories = new ArrayList<>(outlet.productCategories());
        return form;
    }

    OutletRegistration registration() {
        return new OutletRegistration(code, legalName, businessLicenceNo, address, qualifications,
                productCategories.isEmpty() ? EnumSet.noneOf(ProductCategory.class) : EnumSet.copyOf(productCategories),
                contact.getName(), contact.getPhone(), contact.getEmail(), contact.getOpeningHours());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getBusinessLicenceNo() {
        return businessLicenceNo;
    }

    public void setBusinessLicenceNo(String businessLicenceNo) {
        this.businessLicenceNo = businessLicenceNo;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getQualifications() {
        return qualifications;
    }

    public void setQualifications(String qualifications) {
        this.qualifications = qualifications;
    }

    public List<ProductCategory> getProductCategories() {
        return productCategories;
    }

    public void setProductCategories(List<ProductCategory> productCategories) {
        this.productCategories = productCategories == null ? new ArrayList<>() : productCategories;
    }

    public ContactForm getContact() {
        return contact;
    }
}
