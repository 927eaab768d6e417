package com.servicenet.training.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.Person;
import com.servicenet.network.entity.Text;
import com.servicenet.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A technician's qualification (上岗资格证): issued for a passed, attended enrolment and never otherwise
 * (the database checks that too), valid from its issue day until the day it expires, unless HQ revokes it.
 * A later pass of the same course issues a new certificate that renews this one; this one keeps its dates.
 */
@Entity
@Table(name = "certification")
public class Certification implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "certification_seq", sequenceName = "certification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_seq")
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String number;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certification_category", joinColumns = @JoinColumn(name = "certification_id"))
    @Column(name = "category", length = 32, updatable = false)
    @Enumerated(EnumType.STRING)
    private Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificationState status;

    @Column(name = "renews_id", updatable = false)
    private Long renewsId;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Column(name = "issued_by", nullable = false, length = 100, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Version
    private int version;

    protected Certification() {
        // for JPA
    }

    /**
     * @param renewed the person's latest certificate of the same course, if any: the new one renews it
     * @throws RuleViolation unless the enrolment was attended and passed
     */
    public static Certification issue(Enrolment enrolment, String number, String code, LocalDate issuedOn,
                                      Certification renewed, String by, Instant at) {
        if (!enrolment.passed()) {
            throw new RuleViolation("certification.not-passed", enrolment.person().name());
        }
        Certification certification = new Certification();
        Course course = enrolment.session().course();
        certification.number = number;
        certification.code = code;
        certification.person = enrolment.person();
        certification.course = course;
        certification.enrolmentId = enrolment.id();
        certification.issuedOn = issuedOn;
        certification.expiresOn = course.expiryOf(issuedOn);
        certification.categories.addAll(course.categories());
        certification.status = CertificationState.VALID;
        certification.renewsId = renewed == null ? null : renewed.id();
        certification.issuedBy = by;
        certification.issuedAt = at;
        return certification;
    }

    public void revoke(String reason, String by, Instant at) {
        if (status == CertificationState.REVOKED) {
            throw new RuleViolation("certification.revoked-already", number);
        }
        this.revokeReason = Text.required(reason, "reason", 500);
        this.status = CertificationState.REVOKED;
        this.revokedAt = at;
        this.revokedBy = by;
    }

    /** @return whether this call marked it expired (the daily job records that once) */
    public boolean expireIfDue(LocalDate today) {
        if (status == CertificationState.VALID && !today.isBefore(expiresOn)) {
            status = CertificationState.EXPIRED;
            return true;
        }
        return false;
    }

    /** What the certificate is on a day, whatever the daily job has written yet. */
    public CertificationState stateOn(LocalDate day) {
        return stateOn(status, expiresOn, day);
    }

    /** The state on a day of a certificate stored with this status and expiry. */
    public static CertificationState stateOn(CertificationState stored, LocalDate expiresOn, LocalDate day) {
        if (stored == CertificationState.REVOKED) {
            return CertificationState.REVOKED;
        }
        return day.isBefore(expiresOn) ? CertificationState.VALID : CertificationState.EXPIRED;
    }

    public boolean qualifiesFor(ProductCategory category, LocalDate day) {
        return status != CertificationState.REVOKED && !day.isBefore(issuedOn) && day.isBefore(expiresOn)
                && categories.contains(category);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String code() {
        return code;
    }

    public Person person() {
        return person;
    }

    public Course course() {
        return course;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Set<ProductCategory> categories() {
        return categories.isEmpty() ? EnumSet.noneOf(ProductCategory.class) : EnumSet.copyOf(categories);
    }

    public CertificationState status() {
        return status;
    }

    public Long renewsId() {
        return renewsId;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String revokeReason() {
        return revokeReason;
    }

    public String issuedBy() {
        return issuedBy;
    }
}
