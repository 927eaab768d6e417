package com.servicenet.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A failed question of a submitted audit; HQ may turn it into a corrective action. */
@Entity
@Table(name = "finding")
public class Finding implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    private Long id;

    @Column(name = "audit_id", nullable = false, updatable = false)
    private long auditId;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private boolean critical;

    protected Finding() {
        // for JPA
    }

    public Finding(Audit audit, TemplateQuestion question, String note) {
        this.auditId = audit.id();
        this.outletId = audit.outletId();
        this.questionId = question.id();
        this.note = note;
        this.critical = question.critical();
    }

    public Long id() {
        return id;
    }

    public long auditId() {
        return auditId;
    }

    public long outletId() {
        return outletId;
    }

    public long questionId() {
        return questionId;
    }

    public String note() {
        return note;
    }

    public boolean critical() {
        return critical;
    }
}
