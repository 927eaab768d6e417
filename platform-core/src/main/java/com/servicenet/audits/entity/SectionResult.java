package com.servicenet.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A section's points and score, stored with the submission so that a result never changes afterwards. */
@Entity
@Table(name = "audit_section_score")
@IdClass(SectionResult.Key.class)
public class SectionResult implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** JPA's id class: a record will not do, its fields cannot be set by reflection. */
    public static class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private Long auditId;
        private Long sectionId;

        public Key() {
        }

        public Key(Long auditId, Long sectionId) {
            this.auditId = auditId;
            this.sectionId = sectionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(auditId, key.auditId)
                    && java.util.Objects.equals(sectionId, key.sectionId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(auditId, sectionId);
        }
    }

    @Id
    @Column(name = "audit_id")
    private Long auditId;

    @Id
    @Column(name = "section_id")
    private Long sectionId;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal earned;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal possible;

    @Column(precision = 5, scale = 2)
    private BigDecimal score;

    protected SectionResult() {
        // for JPA
    }

    public SectionResult(long auditId, Scoring.SectionScore score) {
        this.auditId = auditId;
        this.sectionId = score.sectionId();
        this.earned = score.earned();
        this.possible = score.possible();
        this.score = score.score();
    }

    public long sectionId() {
        return sectionId;
    }

    public BigDecimal earned() {
        return earned;
    }

    public BigDecimal possible() {
        return possible;
    }

    public BigDecimal score() {
        return score;
    }
}
