package com.servicenet.audits.entity;

import com.servicenet.network.entity.LocalizedName;
import com.servicenet.rules.InvalidField;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.regex.Pattern;

/** An inspection form (检查表) of one kind; its content lives in numbered versions. */
@Entity
@Table(name = "audit_template")
public class AuditTemplate implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    @Id
    @SequenceGenerator(name = "audit_template_seq", sequenceName = "audit_template_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_template_seq")
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AuditKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "english", column = @Column(name = "name_en", nullable = false, length = 200)),
            @AttributeOverride(name = "simplified", column = @Column(name = "name_zh_cn", nullable = false, length = 200)),
            @AttributeOverride(name = "traditional", column = @Column(name = "name_zh_tw", nullable = false, length = 200))})
    private LocalizedName name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AuditTemplate() {
        // for JPA
    }

    public AuditTemplate(String code, AuditKind kind, LocalizedName name, String createdBy, Instant at) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new InvalidField("code", "template.code-format");
        }
        if (kind == null) {
            throw new InvalidField("kind", "field.required", com.servicenet.rules.Term.of("field.kind"));
        }
        this.code = code.strip();
        this.kind = kind;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public void rename(LocalizedName name) {
        this.name = name;
    }

    public void retire() {
        this.active = false;
    }

    public void reinstate() {
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public AuditKind kind() {
        return kind;
    }

    public LocalizedName name() {
        return name;
    }

    public boolean active() {
        return active;
    }
}
