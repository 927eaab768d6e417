package com.servicenet.quality.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who complained and how HQ reaches them: HQ's alone (row-level security), never shown to the outlet or the public. */
@Entity
@Table(name = "complaint_contact")
public class ComplaintContact implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(com.servicenet.repairs.entity.Customer.PHONE_FORMAT);

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(length = 100)
    private String name;

    @Column(nullable = false, length = 40)
    private String phone;

    protected ComplaintContact() {
        // for JPA
    }

    public ComplaintContact(Complaint complaint, String name, String phone) {
        this.complaintId = complaint.id();
        this.name = QualityText.optional(name, "customerName", 100);
        this.phone = phone(phone);
    }

    /** A phone number as a repair takes it (so a callback can always raise its complaint with the repair's phone). */
    public static String phone(String value) {
        String text = QualityText.optional(value, "customerPhone", 40);
        if (text == null) {
            throw new com.servicenet.rules.InvalidField("customerPhone", "field.required", com.servicenet.rules.Term.of("field.customerPhone"));
        }
        if (!PHONE.matcher(text).matches()) {
            throw new com.servicenet.rules.InvalidField("customerPhone", "complaint.phone-invalid");
        }
        return text;
    }

    public String name() { return name; }
    public String phone() { return phone; }
}
