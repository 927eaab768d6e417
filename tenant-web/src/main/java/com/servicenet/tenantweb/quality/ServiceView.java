package com.servicenet.tenantweb.quality;

import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.quality.control.ConsumerPage;
import com.servicenet.quality.control.PublicOutlet;
import com.servicenet.quality.entity.Complaint;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintContact;
import com.servicenet.quality.entity.QualityText;
import com.servicenet.rules.InvalidField;
import com.servicenet.web.faces.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * The consumer's page behind the QR code on an outlet's counter (no login): whether the outlet is an authorized,
 * serving outlet of the brand, the official price ranges in force, a certificate check, and a complaint that goes
 * straight to HQ. A malformed, unknown or forged code all show the same "not a code of the brand". The view is
 * stateless (no session) and request scoped; the complaint form carries the outlet's code back in a hidden field named like the query parameter.
 */
@Named
@RequestScoped
public class ServiceView {

    /** Field name (ConsumerPage's) → the input's client id. */
    private static final Map<String, String> INPUTS = Map.of("category", "complaint-form:category",
            "description", "complaint-form:description", "customerName", "complaint-form:customer-name",
            "customerPhone", "complaint-form:customer-phone");
    static final int NAME_MAX = 100;
    static final int PHONE_MAX = 40;

    @Inject
    ConsumerPage page;

    private String code;
    private PublicOutlet outlet;
    private ComplaintCategory category;
    private String description;
    private String customerName;
    private String customerPhone;

    /**
     * Reads the outlet of the code when the bean is first used: on a GET and, the view being stateless, on the
     * complaint form's POST too, before the form is decoded (whether the form exists depends on the outlet).
     */
    @PostConstruct
    void load() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        outlet = page.outlet(code).orElse(null);
    }

    /** Files the complaint; on success shows its tracking code on the tracking page (redirect after POST). */
    public String file() {
        if (outlet == null) {
            return null;
        }
        // each field checked by the core's own rules first, so that every wrong field gets its message at once
        boolean valid = check("category", () -> {
            if (category == null) {
                throw new InvalidField("category", "field.required");
            }
        });
        valid &= check("description", () -> QualityText.required(description, "description"));
        valid &= check("customerName", () -> QualityText.optional(customerName, "customerName", NAME_MAX));
        valid &= check("customerPhone", () -> ComplaintContact.phone(customerPhone));
        if (!valid) {
            return null;
        }
        try {
            return page.file(code, category, description, customerName, customerPhone)
                    .map(tracking -> "/track.xhtml?faces-redirect=true&filed=true&code=" + tracking)
                    .orElse(null);
        } catch (InvalidField refused) {
            refuse(refused);
            return null;
        }
    }

    private static boolean check(String field, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (InvalidField refused) {
            refuse(refused);
            return false;
        }
    }

    private static void refuse(InvalidField refused) {
        String input = INPUTS.getOrDefault(refused.field(), "complaint-form:complaint-messages");
        int max = switch (refused.field()) {
            case "customerName" -> NAME_MAX;
            case "customerPhone" -> PHONE_MAX;
            default -> Complaint.TEXT_MAX;
        };
        QualityPages.error(input, QualityPages.fieldText(refused, max));
    }

    public ComplaintCategory[] getCategories() {
        return ComplaintCategory.values();
    }

    /** The official lines for the outlet's categories, in the price list's order. */
    public List<PriceLine> getPrices() {
        return outlet == null ? List.of() : outlet.prices();
    }

    public String getCode() {
        return code;
    }

    public PublicOutlet getOutlet() {
        return outlet;
    }

    public boolean isAsked() {
        return code != null;
    }

    public String localized(PriceLine line) {
        return line.name().in(FacesMessages.locale());
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
}
