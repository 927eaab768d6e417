package com.servicenet.repairs.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.Money;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.WarrantyCoverage;
import com.servicenet.network.entity.Technician;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.rules.Term;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One service job an outlet reports to HQ (四个不漏: every repair is recorded). The outlet's own ticket
 * number identifies it within the outlet. Whenever a charge is reported, the order checks it against HQ's
 * tariff of its receipt day and keeps the result as flags: above the price list, or charged although the
 * warranty (三包) made the repair free. Flags never refuse a report; they go to HQ's overcharge list.
 */
@Entity
@Table(name = "repair_order")
public class RepairOrder implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The brand's business day: price lists and warranty periods count days in China Standard Time. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_/.-]{0,39}");
    private static final int MAX_PARTS = 50;

    @Id
    // a block of 1000: refilling it holds EclipseLink's sequence lock, and every create waits meanwhile
    @SequenceGenerator(name = "repair_order_seq", sequenceName = "repair_order_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "repair_order_seq")
    private Long id;

    @Column(name = "outlet_id", nullable = false)
    private long outletId;

    @Column(name = "ticket_no", nullable = false, length = 80)
    private String ticketNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RepairStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 16)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProductCategory category;

    @Column(nullable = false, length = 60)
    private String model;

    @Column(name = "serial_no", nullable = false, length = 60)
    private String serialNo;

    @Column(name = "purchase_date")
    private LocalDate purchaseDate;

    @Column(nullable = false, length = 2000)
    private String fault;

    @Embedded
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "technician_id", insertable = false, updatable = false)
    private Technician technician;

    /** Written through this column; the relation above only reads (the foreign key also names outlet_id). */
    @Column(name = "technician_id")
    private Long technicianId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "diagnosed_at")
    private Instant diagnosedAt;

    @Column(name = "parts_ordered_at")
    private Instant partsOrderedAt;

    @Column(name = "repaired_at")
    private Instant repairedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "labour_fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal labourFee = BigDecimal.ZERO.setScale(2);

    @Column(name = "other_fees", nullable = false, precision = 10, scale = 2)
    private BigDecimal otherFees = BigDecimal.ZERO.setScale(2);

    @Column(name = "amount_charged", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountCharged = BigDecimal.ZERO.setScale(2);

    @Enumerated(EnumType.STRING)
    @Column(name = "warranty_coverage", nullable = false, length = 16)
    private WarrantyCoverage warrantyCoverage;

    @Enumerated(EnumType.STRING)
    @Column(name = "warranty_decision", length = 16)
    private WarrantyDecision warrantyDecision;

    @Column(length = 2000)
    private String resolution;

    @Column(name = "customer_confirmed", nullable = false)
    private boolean customerConfirmed;

    @Column(name = "price_list_id")
    private Long priceListId;

    @Column(name = "labour_over_range", nullable = false)
    private boolean labourOverRange;

    @Column(nullable = false)
    private boolean overcharged;

    @Column(name = "charged_in_warranty", nullable = false)
    private boolean chargedInWarranty;

    @Column(name = "handed_over_from")
    private Long handedOverFrom;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64)
    private String requestHash;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "repair", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<RepairPart> parts = new ArrayList<>();

    @Version
    private int version;

    protected RepairOrder() {
        // for JPA
    }

    /**
     * A newly reported job, status received.
     *
     * @param receivedAt when the customer brought or called in the job; not in the future
     */
    public RepairOrder(long outletId, String ticketNo, Job job, Customer customer, Instant receivedAt, Instant now,
                       String createdBy) {
        this.outletId = outletId;
        this.ticketNo = ticket(ticketNo);
        this.status = RepairStatus.RECEIVED;
        if (receivedAt.isAfter(now)) {
            throw new InvalidField("receivedAt", "repair.received-in-future");
        }
        this.receivedAt = receivedAt;
        this.createdBy = createdBy;
        this.warrantyCoverage = WarrantyCoverage.UNKNOWN;
        describe(job, customer);
    }

    /** Marks the order with the request that created it, so that a retry of that request finds it again. */
    public void identify(String idempotencyKey, String requestHash) {
        this.idempotencyKey = Fields.optional(idempotencyKey, "Idempotency-Key", 100);
        this.requestHash = requestHash;
    }

    /** Corrects what is being repaired and for whom, while the job is open. The tariff checks run again. */
    public void describe(Job job, Customer customer) {
        requireOpen();
        if (job.purchaseDate() != null && job.purchaseDate().isAfter(receivedOn())) {
            throw new InvalidField("purchaseDate", "repair.purchase-after-receipt");
        }
        if (job.serviceType().visitsCustomer() && customer.address() == null) {
            throw new InvalidField("customer.address", "repair.address-for-visit");
        }
        this.serviceType = job.serviceType();
        this.category = job.category();
        this.model = job.model();
        this.serialNo = job.serialNo();
        this.purchaseDate = job.purchaseDate();
        this.fault = job.fault();
        this.customer = customer;
    }

    /** Names the technician doing the job: one of this outlet's active staff. */
    public void assign(Technician technician) {
        requireOpen();
        if (technician == null) {
            this.technician = null;
            this.technicianId = null;
            return;
        }
        if (technician.outletId() != outletId || !technician.active()) {
            throw new InvalidField("technicianCode", "repair.technician.unknown", technician.code());
        }
        this.technician = technician;
        this.technicianId = technician.id();
    }

    /**
     * Reports what the customer is charged: the parts (replacing those reported before), labour and other
     * fees, and the warranty decision. Each part must be on the price list of the receipt day.
     */
    public void charge(List<PartCharge> charges, BigDecimal labourFee, BigDecimal otherFees, WarrantyDecision decision,
                       Tariff tariff) {
        requireOpen();
        if (charges.size() > MAX_PARTS) {
            throw new InvalidField("parts", "repair.parts.too-many", MAX_PARTS);
        }
        List<RepairPart> lines = new ArrayList<>();
        for (int i = 0; i < charges.size(); i++) {
            lines.add(new RepairPart(this, i + 1, charges.get(i), listed(tariff, "parts[" + i + "]", charges.get(i))));
        }
        this.parts.clear();
        this.parts.addAll(lines);
        this.labourFee = Money.amount(labourFee, "labourFee");
        this.otherFees = Money.amount(otherFees, "otherFees");
        this.warrantyDecision = decision;
        assess(tariff);
    }

    /** Adds one part to those already reported. */
    public RepairPart addPart(PartCharge charge, Tariff tariff) {
        requireOpen();
        if (parts.size() >= MAX_PARTS) {
            throw new InvalidField("parts", "repair.parts.too-many", MAX_PARTS);
        }
        int lineNo = parts.stream().mapToInt(RepairPart::lineNo).max().orElse(0) + 1;
        RepairPart part = new RepairPart(this, lineNo, charge, listed(tariff, "partCode", charge));
        parts.add(part);
        assess(tariff);
        return part;
    }

    private PriceLine listed(Tariff tariff, String field, PartCharge charge) {
        return tariff.part(category, charge.partCode()).orElseThrow(() -> new InvalidField(
                field.equals("partCode") ? field : field + ".partCode", "repair.part.unknown", charge.partCode(),
                Term.of(category)));
    }

    /** Re-checks every charge against the tariff of the receipt day and sets the flags HQ watches. */
    public void assess(Tariff tariff) {
        this.priceListId = tariff.priceList() == null ? null : tariff.priceList().id();
        this.labourOverRange = tariff.labour(category, serviceType).map(line -> line.compare(labourFee) > 0).orElse(false);
        BigDecimal total = labourFee.add(otherFees);
        boolean partOverRange = false;
        for (RepairPart part : parts) {
            total = total.add(part.total());
            partOverRange |= part.overRange();
        }
        this.amountCharged = total;
        this.overcharged = partOverRange || labourOverRange;
        this.warrantyCoverage = tariff.coverage(purchaseDate, receivedOn());
        this.chargedInWarranty = warrantyCoverage.free() && total.signum() > 0;
    }

    /**
     * Moves the job on. A repaired job needs its technician and resolution; a cancelled one the reason (kept
     * as its resolution); closing records whether the customer signed the job off.
     */
    public void advance(RepairStatus to, String resolution, Boolean customerConfirmed, Instant at) {
        Set<RepairStatus> allowed = status.next();
        if (!allowed.contains(to)) {
            throw new RuleViolation(allowed.isEmpty() ? "repair.status-final" : "repair.status-move",
                    ticketNo, Term.of(status), Term.of(to), allowed.stream().map(Term::of).toList());
        }
        String text = Fields.optional(resolution, "resolution", 2000);
        switch (to) {
            case DIAGNOSED -> diagnosedAt = at;
            case WAITING_FOR_PARTS -> partsOrderedAt = at;
            case REPAIRED -> {
                if (technicianId == null) {
                    throw new InvalidField("technicianCode", "repair.repaired-needs-technician", ticketNo);
                }
                if (text == null && this.resolution == null) {
                    throw new InvalidField("resolution", "repair.repaired-needs-resolution", ticketNo);
                }
                repairedAt = at;
            }
            case CLOSED -> {
                closedAt = at;
                this.customerConfirmed = Boolean.TRUE.equals(customerConfirmed);
            }
            case CANCELLED -> {
                if (text == null) {
                    throw new InvalidField("resolution", "repair.cancel-needs-reason", ticketNo);
                }
                cancelledAt = at;
            }
            default -> throw new IllegalArgumentException(to.name());
        }
        if (text != null) {
            this.resolution = text;
        }
        this.status = to;
    }

    private void requireOpen() {
        if (status != null && !status.open()) {
            throw new RuleViolation("repair.not-open", ticketNo, Term.of(status));
        }
    }

    private static String ticket(String ticketNo) {
        String ticket = Fields.required(ticketNo, "ticketNo", 40);
        if (!TICKET.matcher(ticket).matches()) {
            throw new InvalidField("ticketNo", "repair.ticket-format");
        }
        return ticket;
    }

    /** The business day the job was received on: the day whose price list and warranty apply. */
    public LocalDate receivedOn() {
        return receivedAt.atZone(BUSINESS_ZONE).toLocalDate();
    }

    public boolean sameRequest(String hash) {
        return requestHash != null && requestHash.equals(hash);
    }

    public Long id() {
        return id;
    }

    public long outletId() {
        return outletId;
    }

    public String ticketNo() {
        return ticketNo;
    }

    public RepairStatus status() {
        return status;
    }

    public Set<RepairStatus> allowedMoves() {
        return status.next();
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public ProductCategory category() {
        return category;
    }

    public String model() {
        return model;
    }

    public String serialNo() {
        return serialNo;
    }

    public LocalDate purchaseDate() {
        return purchaseDate;
    }

    public String fault() {
        return fault;
    }

    public Customer customer() {
        return customer;
    }

    public Long technicianId() {
        return technicianId;
    }

    public Technician technician() {
        return technician;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant diagnosedAt() {
        return diagnosedAt;
    }

    public Instant partsOrderedAt() {
        return partsOrderedAt;
    }

    public Instant repairedAt() {
        return repairedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public BigDecimal labourFee() {
        return labourFee;
    }

    public BigDecimal otherFees() {
        return otherFees;
    }

    public BigDecimal amountCharged() {
        return amountCharged;
    }

    public WarrantyCoverage warrantyCoverage() {
        return warrantyCoverage;
    }

    public WarrantyDecision warrantyDecision() {
        return warrantyDecision;
    }

    public String resolution() {
        return resolution;
    }

    public boolean customerConfirmed() {
        return customerConfirmed;
    }

    public Long priceListId() {
        return priceListId;
    }

    public boolean labourOverRange() {
        return labourOverRange;
    }

    public boolean overcharged() {
        return overcharged;
    }

    public boolean chargedInWarranty() {
        return chargedInWarranty;
    }

    public Long handedOverFrom() {
        return handedOverFrom;
    }

    public List<RepairPart> parts() {
        return Collections.unmodifiableList(parts);
    }
}
