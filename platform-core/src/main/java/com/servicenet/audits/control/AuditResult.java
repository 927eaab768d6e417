package com.servicenet.audits.control;

import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditAnswer;
import com.servicenet.audits.entity.Finding;
import com.servicenet.audits.entity.SectionResult;

import java.util.List;
import java.util.Map;

/** A submitted audit as HQ reads it (and the outlet once released): sections, answers, findings, files. */
public record AuditResult(Audit audit, String outletCode, String outletName, Map<Long, SectionResult> sections,
                          Map<Long, AuditAnswer> answers, List<Finding> findings, List<Attachment> attachments) {
}
