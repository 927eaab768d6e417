package com.servicenet.web.faces;

import com.servicenet.network.entity.Contact;

import java.io.Serializable;

/** An outlet's contact details as typed into a form, by HQ when registering it or by the outlet itself. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String phone;
    private String email;
    private String openingHours;

    public static ContactForm of(Contact contact) {
        ContactForm form = new ContactForm();
        form.name = contact.name();
        form.phone = contact.phone();
        form.email = contact.email();
        form.openingHours = contact.openingHours();
        return form;
    }

    /** @throws com.servicenet.rules.RuleViolation when a field is too long */
    public Contact toContact() {
        return new Contact(name, phone, email, openingHours);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }
}
