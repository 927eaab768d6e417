package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.AuditTemplates;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditTemplate;
import com.servicenet.audits.entity.TemplateVersion;

import java.io.Serializable;
import java.util.List;

/** A template audits can be planned with: active and published at least once. */
public record TemplateChoice(long id, String code, AuditKind kind, int version) implements Serializable {

    static List<TemplateChoice> plannable(AuditTemplates templates) {
        return templates.templates().stream().filter(AuditTemplate::active)
                .flatMap(t -> templates.versions(t.id()).stream().filter(TemplateVersion::published).limit(1)
                        .map(v -> new TemplateChoice(t.id(), t.code(), t.kind(), v.number())))
                .toList();
    }

    static AuditKind kindOf(List<TemplateChoice> choices, Long templateId) {
        return choices.stream().filter(c -> templateId != null && c.id() == templateId).map(TemplateChoice::kind).findFirst().orElse(null);
    }
}
