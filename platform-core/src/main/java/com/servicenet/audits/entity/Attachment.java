package com.servicenet.audits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A receipt or photo of a visit, or the evidence of a corrective action; its bytes are stored apart. */
@Entity
@Table(name = "attachment")
public class Attachment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Purpose { PHOTO, RECEIPT, EVIDENCE }

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "audit_id", updatable = false)
    private Long auditId;

    @Column(name = "question_id", updatable = false)
    private Long questionId;

    @Column(name = "action_id", updatable = false)
    private Long actionId;

    @Column(name = "outlet_id", nullable = false, updatable = false)
    private long outletId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Purpose purpose;

    @Column(name = "media_type", nullable = false, length = 64, updatable = false)
    private String mediaType;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private int byteSize;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 120, updatable = false)
    private String fileName;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
        // for JPA
    }

    private Attachment(Long auditId, Long questionId, Long actionId, long outletId, Purpose purpose, Upload upload,
                       String by, Instant at) {
        this.auditId = auditId;
        this.questionId = questionId;
        this.actionId = actionId;
        this.outletId = outletId;
        this.purpose = purpose;
        this.mediaType = upload.mediaType();
        this.byteSize = upload.size();
        this.sha256 = upload.sha256();
        this.fileName = upload.fileName();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public static Attachment ofVisit(Audit audit, Long questionId, Purpose purpose, Upload upload, String by, Instant at) {
        return new Attachment(audit.id(), questionId, null, audit.outletId(), purpose == Purpose.EVIDENCE ? Purpose.PHOTO : purpose,
                upload, by, at);
    }

    public static Attachment evidence(CorrectiveAction action, Upload upload, String by, Instant at) {
        return new Attachment(null, null, action.id(), action.outletId(), Purpose.EVIDENCE, upload, by, at);
    }

    public Long id() {
        return id;
    }

    public Long auditId() {
        return auditId;
    }

    public Long questionId() {
        return questionId;
    }

    public Long actionId() {
        return actionId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String mediaType() {
        return mediaType;
    }

    public int byteSize() {
        return byteSize;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
