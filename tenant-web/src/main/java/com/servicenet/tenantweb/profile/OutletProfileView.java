package com.servicenet.tenantweb.profile;

import com.servicenet.network.control.OutletSelfService;
import com.servicenet.network.entity.Appointment;
import com.servicenet.network.entity.Outlet;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.ContactForm;
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
    private ContactForm contact = new ContactForm();

    @PostConstruct
    void load() {
        outlet = self.profile();
        regions = self.regions();
        contact = ContactForm.of(outlet.contact());
    }

    public void save() {
        try {
            outlet = self.updateContact(contact.toContact());
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

    public ContactForm getContact() {
        return contact;
    }
}
