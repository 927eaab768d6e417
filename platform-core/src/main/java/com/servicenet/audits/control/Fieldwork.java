package com.servicenet.audits.control;

import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditAnswer;
import com.servicenet.audits.entity.AuditRules;
import com.servicenet.audits.entity.Finding;
import com.servicenet.audits.entity.QuestionKind;
import com.servicenet.audits.entity.Response;
import com.servicenet.audits.entity.Scoring;
import com.servicenet.audits.entity.SectionResult;
import com.servicenet.audits.entity.TemplateQuestion;
import com.servicenet.audits.entity.Upload;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.control.Certifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visit itself, for the person assigned: a shopper (whom row-level security shows only their own
 * mystery shops) or an HQ auditor (who works only on audits assigned to them). Drafts may be saved any
 * number of times; the submission happens once and scores the audit.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Fieldwork {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    /** One of the caller's assignments, with the outlet's name and address while the visit is open (null after). */
    public record Assignment(Audit audit, String outletName, String outletAddress) {
    }

    /** The caller's own assignments, open ones first; the outlets of the open ones read in one query. */
    public List<Assignment> assignments() {
        List<Audit> audits = em.createQuery("SELECT a FROM Audit a WHERE a.assignee = :me AND a.status <> com.servicenet.audits.entity.AuditStatus.CANCELLED "
                        + "ORDER BY CASE WHEN a.status IN (com.servicenet.audits.entity.AuditStatus.PLANNED, "
                        + "com.servicenet.audits.entity.AuditStatus.IN_PROGRESS) THEN 0 ELSE 1 END, a.windowTo, a.id", Audit.class)
                .setParameter("me", tenant.callerName()).getResultList();
        Map<Long, String[]> outlets = outlets(audits.stream().filter(a -> a.status().open()).map(Audit::outletId).distinct().toList());
        return audits.stream().map(a -> {
            String[] outlet = a.status().open() ? outlets.get(a.outletId()) : null;
            return new Assignment(a, outlet == null ? null : outlet[0], outlet == null ? null : outlet[1]);
        }).toList();
    }

    public Visit visit(long auditId) {
        Audit audit = own(auditId);
        String[] outlet = outlets(List.of(audit.outletId())).get(audit.outletId());
        String name = outlet == null ? null : outlet[0];
        String address = outlet == null ? null : outlet[1];
        Map<Long, Response> answers = new LinkedHashMap<>();
        answers(auditId).forEach((question, answer) -> answers.put(question, answer.response()));
        return new Visit(audit, name, address, answers, attachments(auditId));
    }

    /** Keeps the answers given, question by question; answers not sent stay as they were. */
    public Audit saveDraft(long auditId, Map<Long, Response> responses) {
        Audit audit = own(auditId);
        if (!audit.status().open()) {
            throw new RuleViolation("audit.submitted-already", auditId);
        }
        record(audit, responses);
        audit.draftSaved();
        em.flush();
        return audit;
    }

    public Attachment attach(long auditId, Long questionId, Attachment.Purpose purpose, String fileName, byte[] bytes) {
        Audit audit = own(auditId);
        if (!audit.status().open()) {
            throw new RuleViolation("audit.submitted-already", auditId);
        }
        if (questionId != null) {
            audit.templateVersion().question(questionId);
        }
        Attachment.Purpose kind = purpose == null ? Attachment.Purpose.PHOTO : purpose;
        Upload upload = Upload.of(fileName, bytes, kind == Attachment.Purpose.PHOTO);
        Attachment attachment = AttachmentStore.save(em, Attachment.ofVisit(audit, questionId, kind, upload, tenant.callerName(),
                Moments.now()), upload);
        if (audit.status() == com.servicenet.audits.entity.AuditStatus.PLANNED) {
            audit.draftSaved();
            em.flush();
        }
        return attachment;
    }

    /**
     * Submits once: every question answered (or not applicable where allowed), a photo for each photo
     * question; scores stored per question and section, failed questions become findings.
     */
    public Audit submit(long auditId, LocalDate visitedOn, Map<Long, Response> lastAnswers) {
        Audit audit = own(auditId);
        if (!audit.status().open()) {
            throw new RuleViolation("audit.submitted-already", auditId);
        }
        if (lastAnswers != null && !lastAnswers.isEmpty()) {
            record(audit, lastAnswers);
            em.flush();
        }
        Map<Long, AuditAnswer> answers = answers(auditId);
        Map<Long, Long> photos = new HashMap<>();
        for (Attachment attachment : attachments(auditId)) {
            if (attachment.questionId() != null && attachment.purpose() == Attachment.Purpose.PHOTO) {
                photos.merge(attachment.questionId(), 1L, Long::sum);
            }
        }
        Map<Long, Response> responses = new HashMap<>();
        for (TemplateQuestion question : audit.templateVersion().questions()) {
            AuditAnswer answer = answers.get(question.id());
            Response response = answer == null ? null : answer.response();
            boolean notApplicable = response != null && response.notApplicable();
            boolean complete = notApplicable || question.kind() == QuestionKind.TEXT
                    || (question.kind() == QuestionKind.PHOTO ? photos.containsKey(question.id())
                    : response != null && question.kind().answeredBy(response));
            if (!complete) {
                throw new InvalidField("answers[" + question.id() + "]",
                        question.kind() == QuestionKind.PHOTO ? "audit.photo-missing" : "audit.answer-missing",
                        question.text().simplified());
            }
            if (response != null) {
                responses.put(question.id(), response);
            }
        }
        AuditRules rules = em.find(AuditRules.class, (short) 1);
        Scoring.Result result = Scoring.score(audit.templateVersion().rules(), responses, audit.templateVersion().criticalCap());
        // scores and findings are written while the visit is still open: the shopper's row-level security
        // lets them write those only then, and the audit's status moves last
        answers.values().forEach(answer -> answer.scored(result.questions().get(answer.questionId())));
        result.sections().forEach(section -> em.persist(new SectionResult(auditId, section)));
        for (TemplateQuestion question : audit.templateVersion().questions()) {
            if (result.failed().contains(question.id())) {
                em.persist(new Finding(audit, question, responses.get(question.id()).comment()));
            }
        }
        em.flush();
        audit.submit(visitedOn, Certifications.today(), result, rules.bands(), Moments.now());
        em.flush();
        return audit;
    }

    private void record(Audit audit, Map<Long, Response> responses) {
        Map<Long, AuditAnswer> answers = answers(audit.id());
        for (Map.Entry<Long, Response> entry : responses.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new InvalidField("answers", "audit.question-unknown", entry.getKey());
            }
            TemplateQuestion question = audit.templateVersion().question(entry.getKey());
            AuditAnswer answer = answers.get(question.id());
            if (answer == null) {
                em.persist(new AuditAnswer(audit.id(), question, entry.getValue()));
            } else {
                answer.record(question, entry.getValue());
            }
        }
    }

    /** Name and address by outlet id, of the outlets row-level security lets the caller read. */
    private Map<Long, String[]> outlets(List<Long> ids) {
        Map<Long, String[]> outlets = new HashMap<>();
        if (ids.isEmpty()) {
            return outlets;
        }
        for (Object row : em.createNativeQuery("SELECT id, legal_name, address FROM outlet WHERE id = ANY (?1)")
                .setParameter(1, ids.toArray(new Long[0])).getResultList()) {
            Object[] r = (Object[]) row;
            outlets.put(((Number) r[0]).longValue(), new String[] {(String) r[1], (String) r[2]});
        }
        return outlets;
    }

    /** The caller's own audit; anyone else's is unknown to them. */
    private Audit own(long auditId) {
        Audit audit = em.find(Audit.class, auditId);
        if (audit == null || audit.assignee() == null || !audit.assignee().equals(tenant.callerName())) {
            throw new RuleViolation("audit.unknown", auditId);
        }
        return audit;
    }

    private Map<Long, AuditAnswer> answers(long auditId) {
        Map<Long, AuditAnswer> answers = new HashMap<>();
        em.createQuery("SELECT a FROM AuditAnswer a WHERE a.auditId = :a", AuditAnswer.class).setParameter("a", auditId)
                .getResultList().forEach(answer -> answers.put(answer.questionId(), answer));
        return answers;
    }

    private List<Attachment> attachments(long auditId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.auditId = :a ORDER BY a.id", Attachment.class)
                .setParameter("a", auditId).getResultList();
    }
}
