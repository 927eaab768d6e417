package com.servicenet.repairs.entity;

import com.servicenet.rules.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The customer of one repair: personal data, so only what the job needs — a name to address them, a phone to
 * call them back, and an address only when a technician goes to them. Lists and logs show it {@link #masked()}.
 */
@Embeddable
public class Customer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "customer_name", nullable = false, length = 100)
    private String name;

    @Column(name = "customer_phone", nullable = false, length = 40)
    private String phone;

    @Column(name = "customer_address", length = 300)
    private String address;

    /** A phone number as people write it: digits, spaces, dashes, brackets, a leading +; 5 to 40 characters. */
    public static final String PHONE_FORMAT = "[+0-9][0-9 ()-]{4,39}";

    protected Customer() {
        // for JPA
    }

    public Customer(String name, String phone, String address) {
        this.name = Fields.required(name, "customer.name", 100);
        this.phone = Fields.required(phone, "customer.phone", 40);
        if (!this.phone.matches(PHONE_FORMAT)) {
            throw new InvalidField("customer.phone", "customer.phone-format");
        }
        this.address = Fields.optional(address, "customer.address", 300);
    }

    /** The same customer as lists show them: 张** and 138****5678; no address. */
    public Customer masked() {
        Customer masked = new Customer();
        masked.name = maskName(name);
        masked.phone = maskPhone(phone);
        return masked;
    }

    public static String maskName(String name) {
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new StringBuilder().appendCodePoint(first).append("*".repeat(Math.max(rest, 1))).toString();
    }

    public static String maskPhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }
}
