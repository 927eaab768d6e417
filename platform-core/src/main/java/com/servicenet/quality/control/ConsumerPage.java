package com.servicenet.quality.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.control.PriceLists;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.persistence.Columns;
import com.servicenet.quality.entity.ComplaintCategory;
import com.servicenet.quality.entity.ComplaintContact;
import com.servicenet.quality.entity.ComplaintStatus;
import com.servicenet.quality.entity.QualityText;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.Term;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.entity.CertificateCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The consumer's public page (no login), reached from the QR code on the outlet's counter: the outlet's standing
 * and the official prices, a complaint that goes straight to HQ, and the complaint's state by its tracking code.
 * Through the database functions public_outlet, public_complaint_file and public_complaint_status only. A code
 * that is malformed, unknown or forged gives the same empty answer, and a malformed one never reaches the database.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ConsumerPage {

    /** An outlet's public code: 32 hexadecimal digits (a random UUID without its dashes). */
    private static final Pattern OUTLET_CODE = Pattern.compile("[0-9a-f]{32}");
    static final String PUBLIC_ACTOR = "public";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    PriceLists priceLists;

    public Optional<PublicOutlet> outlet(String code) {
        String normalized = outletCode(code);
        if (normalized == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT outlet_id, legal_name, status, address, opening_hours, categories FROM public_outlet(?1)")
                .setParameter(1, normalized).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        PublicOutlet.Standing standing = switch ((String) r[2]) {
            case "ACTIVE", "PROBATION" -> PublicOutlet.Standing.SERVING;
            case "SUSPENDED" -> PublicOutlet.Standing.SUSPENDED;
            case "TERMINATED" -> PublicOutlet.Standing.TERMINATED;
            default -> null;
        };
        if (standing == null) {
            // a candidate has never been authorized: to the public it is not an outlet of the brand
            return Optional.empty();
        }
        List<ProductCategory> categories = r[5] == null ? List.of()
                : Arrays.stream(((String) r[5]).split(",")).map(ProductCategory::valueOf).toList();
        Optional<PriceList> list = standing == PublicOutlet.Standing.SERVING ? priceLists.current() : Optional.empty();
        List<PriceLine> prices = list.map(l -> l.lines().stream().filter(line -> categories.contains(line.category())).toList())
                .orElse(List.of());
        return Optional.of(new PublicOutlet(normalized, (String) r[1], standing, (String) r[3], (String) r[4], categories,
                list.map(PriceList::validFrom).orElse(null), prices));
    }

    /**
     * Files the customer's complaint against the outlet with this public code and returns its tracking code; empty
     * when no outlet has the code. The input is checked first (400 for what is wrong), so bad input writes nothing.
     */
    public Optional<String> file(String outletCode, ComplaintCategory category, String description, String customerName,
                                 String customerPhone) {
        if (category == null) {
            throw new InvalidField("category", "field.required", Term.of("field.category"));
        }
        String text = QualityText.required(description, "description");
        String name = QualityText.optional(customerName, "customerName", 100);
        String phone = ComplaintContact.phone(customerPhone);
        String normalized = outletCode(outletCode);
        if (normalized == null) {
            return Optional.empty();
        }
        String tracking = CertificateCode.next();
        Object id = em.createNativeQuery("SELECT public_complaint_file(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, normalized).setParameter(2, tracking).setParameter(3, category.name()).setParameter(4, text)
                .setParameter(5, name).setParameter(6, phone).setParameter(7, PUBLIC_ACTOR).getSingleResult();
        return id == null ? Optional.empty() : Optional.of(tracking);
    }

    public Optional<PublicComplaint> complaint(String trackingCode) {
        String normalized = CertificateCode.normalized(trackingCode);
        if (!CertificateCode.wellFormed(normalized)) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT status, category, outlet_name, received_at, due_at, updated_at, closed_at "
                + "FROM public_complaint_status(?1)").setParameter(1, normalized).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new PublicComplaint(normalized, ComplaintStatus.valueOf((String) r[0]), ComplaintCategory.valueOf((String) r[1]),
                (String) r[2], Columns.instant(r[3]), Columns.instant(r[4]), r[5] == null ? null : Columns.instant(r[5]),
                r[6] == null ? null : Columns.instant(r[6])));
    }

    /**
     * The public code of an outlet, for its counter's QR code: HQ reads any outlet's, an outlet its own (row-level
     * security); empty for any other.
     */
    public Optional<String> codeOf(long outletId) {
        List<?> rows = em.createNativeQuery("SELECT public_code FROM outlet WHERE id = ?1").setParameter(1, outletId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /** The code as printed (any case, surrounding blanks), or null if it cannot be one. */
    static String outletCode(String code) {
        if (code == null) {
            return null;
        }
        String normalized = code.strip().toLowerCase(Locale.ROOT);
        return OUTLET_CODE.matcher(normalized).matches() ? normalized : null;
    }

}
