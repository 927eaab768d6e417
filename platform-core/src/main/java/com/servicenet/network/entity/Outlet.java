package com.servicenet.network.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.rules.RuleViolation;
import com.servicenet.rules.Term;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An authorized service outlet (特约维修点): a local repair business HQ has appointed. Each outlet is a
 * tenant; its id is the {@code outlet_id} claim its users' tokens carry. HQ owns the profile; the outlet
 * keeps only its {@link Contact} up to date.
 */
@Entity
@Table(name = "outlet")
public class Outlet implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    @Id
    @SequenceGenerator(name = "outlet_seq", sequenceName = "outlet_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlet_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "business_licence_no", length = 64)
    private String businessLicenceNo;

    @Column(length = 300)
    private String address;

    @Column(length = 2000)
    private String qualifications;

    @Embedded
    private Contact contact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outlet_product_category", joinColumns = @JoinColumn(name = "outlet_id"))
    @Column(name = "category", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<ProductCategory> productCategories = EnumSet.noneOf(ProductCategory.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutletStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "successor_id")
    private Long successorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_status", nullable = false, length = 16)
    private IdentityStatus identityStatus;

    @Version
    private int version;

    protected Outlet() {
        // for JPA
    }

    /** A business HQ is considering: every outlet starts as a candidate. */
    public Outlet(String code, String legalName, Instant at) {
        this.code = requireCode(code);
        this.legalName = Text.required(legalName, "legalName", 200);
        this.status = OutletStatus.CANDIDATE;
        this.statusChangedAt = at;
        this.identityStatus = IdentityStatus.NONE;
        this.contact = new Contact(null, null, null, null);
    }

    /** HQ's part of the profile (网点资料). */
    public void describe(String legalName, String businessLicenceNo, String address, String qualifications,
                         Collection<ProductCategory> categories) {
        this.legalName = Text.required(legalName, "legalName", 200);
        this.businessLicenceNo = Text.optional(businessLicenceNo, 64, "businessLicenceNo");
        this.address = Text.optional(address, 300, "address");
        this.qualifications = Text.optional(qualifications, 2000, "qualifications");
        this.productCategories.clear();
        if (categories != null) {
            this.productCategories.addAll(categories);
        }
    }

    /** The outlet's own part of the profile. */
    public void updateContact(Contact contact) {
        this.contact = contact;
    }

    /**
     * Moves the outlet along its lifecycle. Suspension and termination need a reason; a reason given with
     * any other move is kept too.
     */
    public void moveTo(OutletStatus target, String reason, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolation("outlet.status-move", code, Term.of(status), Term.of(target));
        }
        String why = Text.optional(reason, 500, "reason");
        if (target.needsReason() && why == null) {
            throw new RuleViolation("field.required", Term.of("field.reason"));
        }
        this.status = target;
        this.statusReason = why;
        this.statusChangedAt = at;
    }

    /** The outlet is replaced: terminated, and the successor recorded so its history leads somewhere. */
    public void replaceWith(Outlet successor, String reason, Instant at) {
        if (successor.id().equals(id)) {
            throw new RuleViolation("outlet.replace-self", code);
        }
        if (!successor.status().mayBeAppointed()) {
            throw new RuleViolation("outlet.not-appointable", successor.code(), Term.of(successor.status()));
        }
        moveTo(OutletStatus.TERMINATED, reason, at);
        this.successorId = successor.id();
    }

    /** Called when the outlet is given a region: a candidate that gets one is on probation from then on. */
    public void acceptAppointment(Instant at) {
        if (!status.mayBeAppointed()) {
            throw new RuleViolation("outlet.not-appointable", code, Term.of(status));
        }
        if (status == OutletStatus.CANDIDATE) {
            moveTo(OutletStatus.PROBATION, null, at);
        }
    }

    public void identityRequested() {
        this.identityStatus = IdentityStatus.PENDING;
    }

    public void identityApplied(IdentityStatus outcome) {
        this.identityStatus = outcome;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String legalName() {
        return legalName;
    }

    public String businessLicenceNo() {
        return businessLicenceNo;
    }

    public String address() {
        return address;
    }

    public String qualifications() {
        return qualifications;
    }

    public Contact contact() {
        return contact == null ? new Contact(null, null, null, null) : contact;
    }

    public Set<ProductCategory> productCategories() {
        return productCategories.isEmpty() ? EnumSet.noneOf(ProductCategory.class) : EnumSet.copyOf(productCategories);
    }

    public OutletStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Long successorId() {
        return successorId;
    }

    public IdentityStatus identityStatus() {
        return identityStatus;
    }

    private static String requireCode(String code) {
        String value = Text.required(code, "code", 32).toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(value).matches()) {
            throw new RuleViolation("outlet.code-format", value);
        }
        return value;
    }
}
