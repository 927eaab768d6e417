package com.servicenet.tenantweb.profile;

import com.servicenet.network.control.OutletSelfService;
import com.servicenet.network.entity.Appointment;
import com.servicenet.network.entity.Contact;
import com.servicenet.network.entity.Outlet;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The outlet's own profile: HQ's fields read-only, contact details editable. */
@Named
@ViewScoped
public class OutletProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutletSelfService self;

    private Outlet outlet;
    private List<Appointment> regions = List.of();
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String openingHours;

    @PostConstruct
    void load() {
        outlet = self.profile();
        regions = self.regions();
        Contact contact = outlet.contact();
        contactName = contact.name();
        contactPhone = contact.phone();
        contactEmail = contact.email();
        openingHours = contact.openingHours();
    }

    public void save() {
        try {
            outlet = self.updateContact(new Contact(contactName, contactPhone, contactEmail, openingHours));
            FacesMessages.done("profile.saved");
        } catch (RuleViolation refused) {
            FacesMessages.refused("contact-form:contact-messages", refused);
        }
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public List<Appointment> getRegions() {
        return regions;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }
}
