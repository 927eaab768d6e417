package com.servicenet.audits.control;

import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditTemplate;
import com.servicenet.audits.entity.TemplateSection;
import com.servicenet.audits.entity.TemplateVersion;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.persistence.Constraints;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * HQ's inspection forms. Editing always happens in the template's one draft; publishing freezes it, and the
 * next edit starts a new draft as a copy of the last published version.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditTemplates {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public List<AuditTemplate> templates() {
        return em.createQuery("SELECT t FROM AuditTemplate t ORDER BY t.active DESC, t.code", AuditTemplate.class).getResultList();
    }

    public AuditTemplate template(long id) {
        AuditTemplate template = em.find(AuditTemplate.class, id);
        if (template == null) {
            throw new RuleViolation("template.unknown", id);
        }
        return template;
    }

    public List<TemplateVersion> versions(long templateId) {
        template(templateId);
        return em.createQuery("SELECT v FROM TemplateVersion v WHERE v.template.id = :t ORDER BY v.number DESC", TemplateVersion.class)
                .setParameter("t", templateId).getResultList();
    }

    public TemplateVersion version(long versionId) {
        TemplateVersion version = em.find(TemplateVersion.class, versionId);
        if (version == null) {
            throw new RuleViolation("template.unknown", versionId);
        }
        return version;
    }

    public Optional<TemplateVersion> draft(long templateId) {
        return versions(templateId).stream().filter(v -> !v.published()).findFirst();
    }

    /** The version new audits are made with. */
    public TemplateVersion current(long templateId) {
        return versions(templateId).stream().filter(TemplateVersion::published).findFirst()
                .orElseThrow(() -> new RuleViolation("template.never-published", template(templateId).code()));
    }

    public AuditTemplate create(String code, AuditKind kind, LocalizedName name, String brief) {
        AuditTemplate template = new AuditTemplate(code, kind, name, tenant.callerName(), Moments.now());
        em.persist(template);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state) ? new RuleViolation("template.taken", template.code()) : null);
        TemplateVersion first = new TemplateVersion(template, 1, tenant.callerName(), Moments.now());
        first.compose(new BigDecimal("49"), brief, List.of());
        em.persist(first);
        return template;
    }

    public AuditTemplate rename(long templateId, LocalizedName name) {
        AuditTemplate template = template(templateId);
        template.rename(name);
        return template;
    }

    public AuditTemplate retire(long templateId, boolean retired) {
        AuditTemplate template = template(templateId);
        if (retired) {
            template.retire();
        } else {
            template.reinstate();
        }
        return template;
    }

    /** Saves the draft's whole content, opening a new draft from the last published version if there is none. */
    public TemplateVersion compose(long templateId, BigDecimal criticalCap, String brief, List<TemplateSection.Draft> sections) {
        TemplateVersion draft = openDraft(templateId);
        draft.clear();
        em.flush();
        draft.compose(criticalCap, brief, sections);
        em.flush();
        return draft;
    }

    public TemplateVersion publish(long templateId) {
        TemplateVersion draft = draft(templateId).orElseThrow(() -> new RuleViolation("template.no-draft", template(templateId).code()));
        draft.publish(tenant.callerName(), Moments.now());
        em.flush();
        return draft;
    }

    /** The draft, or a new one copied from the latest version. */
    public TemplateVersion openDraft(long templateId) {
        Optional<TemplateVersion> draft = draft(templateId);
        if (draft.isPresent()) {
            return draft.get();
        }
        TemplateVersion latest = current(templateId);
        TemplateVersion next = new TemplateVersion(latest.template(), latest.number() + 1, tenant.callerName(), Moments.now());
        next.compose(latest.criticalCap(), latest.brief(), latest.content());
        em.persist(next);
        em.flush();
        return next;
    }
}
