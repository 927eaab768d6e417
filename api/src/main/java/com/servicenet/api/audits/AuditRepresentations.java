package com.servicenet.api.audits;

import com.servicenet.audits.control.ActionRow;
import com.servicenet.audits.control.AuditResult;
import com.servicenet.audits.control.AuditRow;
import com.servicenet.audits.control.CorrectiveActions;
import com.servicenet.audits.control.ReplacementCandidates;
import com.servicenet.audits.control.TrendPoint;
import com.servicenet.audits.control.Visit;
import com.servicenet.audits.entity.ActionEvent;
import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.AuditAnswer;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditRules;
import com.servicenet.audits.entity.AuditStatus;
import com.servicenet.audits.entity.AuditTemplate;
import com.servicenet.audits.entity.Band;
import com.servicenet.audits.entity.CorrectiveAction;
import com.servicenet.audits.entity.Finding;
import com.servicenet.audits.entity.IrregularSchedule;
import com.servicenet.audits.entity.QuestionKind;
import com.servicenet.audits.entity.SectionResult;
import com.servicenet.audits.entity.TemplateQuestion;
import com.servicenet.audits.entity.TemplateSection;
import com.servicenet.audits.entity.TemplateVersion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the audit endpoints answer. A shopper's views carry no score and nothing of the outlet but name and address. */
public final class AuditRepresentations {

    private AuditRepresentations() {
    }

    public record QuestionView(long id, int position, String textZhCn, String textEn, String textZhTw, QuestionKind kind,
                               BigDecimal weight, boolean critical, boolean notApplicableAllowed) {
        static QuestionView of(TemplateQuestion q) {
            return new QuestionView(q.id(), q.position(), q.text().simplified(), q.text().english(), q.text().traditional(),
                    q.kind(), q.weight(), q.critical(), q.notApplicableAllowed());
        }
    }

    public record SectionView(long id, int position, String titleZhCn, String titleEn, String titleZhTw, BigDecimal weight,
                              List<QuestionView> questions) {
        static SectionView of(TemplateSection s) {
            return new SectionView(s.id(), s.position(), s.title().simplified(), s.title().english(), s.title().traditional(),
                    s.weight(), s.questions().stream().map(QuestionView::of).toList());
        }
    }

    public record VersionView(long id, long templateId, String templateCode, int number, boolean published, Instant publishedAt,
                              BigDecimal criticalCap, String brief, List<SectionView> sections) {
        static VersionView of(TemplateVersion v) {
            return new VersionView(v.id(), v.template().id(), v.template().code(), v.number(), v.published(), v.publishedAt(),
                    v.criticalCap(), v.brief(), v.sections().stream().map(SectionView::of).toList());
        }
    }

    public record TemplateView(long id, String code, AuditKind kind, String nameEn, String nameZhCn, String nameZhTw,
                               boolean active, List<VersionView> versions) {
        static TemplateView of(AuditTemplate t, List<TemplateVersion> versions) {
            return new TemplateView(t.id(), t.code(), t.kind(), t.name().english(), t.name().simplified(), t.name().traditional(),
                    t.active(), versions.stream().map(VersionView::of).toList());
        }
    }

    /** The form as the person on the visit sees it: no weights, nothing marked critical. */
    public record FormQuestion(long id, String textZhCn, String textEn, String textZhTw, QuestionKind kind, boolean notApplicableAllowed) {
    }

    public record FormSection(long id, String titleZhCn, String titleEn, String titleZhTw, List<FormQuestion> questions) {
    }

    public record AnswerView(long questionId, boolean notApplicable, Boolean yes, Integer scale, BigDecimal number, String text,
                             String comment) {
        static AnswerView of(long question, com.servicenet.audits.entity.Response r) {
            return new AnswerView(question, r.notApplicable(), r.yes(), r.scale(), r.number(), r.text(), r.comment());
        }
    }

    public record AttachmentView(long id, Long questionId, Attachment.Purpose purpose, String fileName, String mediaType, int size,
                                 String sha256, Instant uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.questionId(), a.purpose(), a.fileName(), a.mediaType(), a.byteSize(), a.sha256(),
                    a.uploadedAt());
        }
    }

    public record OutletToVisit(String name, String address) {
    }

    public record AssignmentView(long id, AuditKind kind, AuditStatus status, OutletToVisit outlet, LocalDate windowFrom,
                                 LocalDate windowTo, LocalDate plannedOn, String brief, String templateCode) {
        static AssignmentView of(Audit a, String outletName, String outletAddress) {
            return new AssignmentView(a.id(), a.kind(), a.status(), new OutletToVisit(outletName, outletAddress), a.windowFrom(),
                    a.windowTo(), a.plannedOn(), a.brief(), a.templateVersion().template().code());
        }
    }

    public record VisitView(AssignmentView assignment, LocalDate visitedOn, List<FormSection> form, List<AnswerView> answers,
                            List<AttachmentView> attachments) {
        static VisitView of(Visit v) {
            Audit a = v.audit();
            List<FormSection> form = a.templateVersion().sections().stream()
                    .map(s -> new FormSection(s.id(), s.title().simplified(), s.title().english(), s.title().traditional(),
                            s.questions().stream().map(q -> new FormQuestion(q.id(), q.text().simplified(), q.text().english(),
                                    q.text().traditional(), q.kind(), q.notApplicableAllowed())).toList()))
                    .toList();
            return new VisitView(AssignmentView.of(a, v.outletName(), v.outletAddress()), a.visitedOn(), form,
                    v.answers().entrySet().stream().map(e -> AnswerView.of(e.getKey(), e.getValue())).toList(),
                    v.attachments().stream().map(AttachmentView::of).toList());
        }
    }

    /** What a submission answers: that it was received, never the score. */
    public record SubmissionView(long id, AuditStatus status, LocalDate visitedOn, Instant submittedAt) {
        static SubmissionView of(Audit a) {
            return new SubmissionView(a.id(), a.status(), a.visitedOn(), a.submittedAt());
        }
    }

    public record AuditRowView(long id, long outletId, String outletCode, String outletName, AuditKind kind, AuditStatus status,
                               LocalDate windowFrom, LocalDate windowTo, LocalDate plannedOn, LocalDate visitedOn, String assignee,
                               BigDecimal score, Band band, String templateCode, int templateVersion, boolean announced) {
        static AuditRowView of(AuditRow r, boolean headquarters) {
            return new AuditRowView(r.id(), r.outletId(), r.outletCode(), r.outletName(), r.kind(), r.status(), r.windowFrom(),
                    r.windowTo(), r.plannedOn(), r.visitedOn(), headquarters ? r.assignee() : null, r.score(), r.band(),
                    r.templateCode(), r.templateVersion(), r.announced());
        }
    }

    public record AuditView(long id, long outletId, AuditKind kind, AuditStatus status, long templateVersionId, String templateCode,
                            int templateVersion, LocalDate windowFrom, LocalDate windowTo, LocalDate plannedOn, boolean announced,
                            String brief, String assignee, LocalDate visitedOn, Instant submittedAt, BigDecimal score, Band band,
                            boolean criticalFailed, Instant releasedAt) {
        static AuditView of(Audit a, boolean headquarters) {
            return new AuditView(a.id(), a.outletId(), a.kind(), a.status(), a.templateVersion().id(),
                    a.templateVersion().template().code(), a.templateVersion().number(), a.windowFrom(), a.windowTo(), a.plannedOn(),
                    a.announced(), headquarters ? a.brief() : null, headquarters ? a.assignee() : null, a.visitedOn(),
                    a.submittedAt(), a.score(), a.band(), a.criticalFailed(), a.releasedAt());
        }
    }

    public record SectionScoreView(long sectionId, String titleZhCn, String titleEn, String titleZhTw, BigDecimal weight,
                                   BigDecimal earned, BigDecimal possible, BigDecimal score) {
    }

    public record ScoredAnswerView(long questionId, String textZhCn, QuestionKind kind, boolean critical, AnswerView answer,
                                   BigDecimal earned, BigDecimal possible) {
    }

    public record FindingView(long id, long auditId, long questionId, String question, boolean critical, String note) {
        static FindingView of(Finding f, TemplateVersion version) {
            return new FindingView(f.id(), f.auditId(), f.questionId(), version.question(f.questionId()).text().simplified(),
                    f.critical(), f.note());
        }
    }

    public record ResultView(AuditView audit, String outletCode, String outletName, List<SectionScoreView> sections,
                             List<ScoredAnswerView> answers, List<FindingView> findings, List<AttachmentView> attachments) {
        static ResultView of(AuditResult r, boolean headquarters) {
            TemplateVersion version = r.audit().templateVersion();
            Map<Long, SectionResult> scores = r.sections();
            List<SectionScoreView> sections = version.sections().stream().map(s -> {
                SectionResult score = scores.get(s.id());
                return new SectionScoreView(s.id(), s.title().simplified(), s.title().english(), s.title().traditional(), s.weight(),
                        score == null ? null : score.earned(), score == null ? null : score.possible(), score == null ? null : score.score());
            }).toList();
            List<ScoredAnswerView> answers = version.questions().stream().map(q -> {
                AuditAnswer a = r.answers().get(q.id());
                return new ScoredAnswerView(q.id(), q.text().simplified(), q.kind(), q.critical(),
                        a == null ? null : AnswerView.of(q.id(), a.response()), a == null ? null : a.earned(), a == null ? null : a.possible());
            }).toList();
            return new ResultView(AuditView.of(r.audit(), headquarters), r.outletCode(), r.outletName(), sections, answers,
                    r.findings().stream().map(f -> FindingView.of(f, version)).toList(),
                    r.attachments().stream().map(AttachmentView::of).toList());
        }
    }

    public record ProposalView(long outletId, LocalDate on, String shopper) {
        static ProposalView of(IrregularSchedule.Proposal p) {
            return new ProposalView(p.outletId(), p.on(), p.shopper());
        }
    }

    public record PlanView(List<ProposalView> proposals, List<IrregularSchedule.Skipped> skipped) {
        static PlanView of(IrregularSchedule.Plan plan) {
            return new PlanView(plan.proposals().stream().map(ProposalView::of).toList(), plan.skipped());
        }
    }

    public record ActionView(long id, long auditId, long outletId, String outletCode, String outletName, String question,
                             String description, LocalDate dueOn, CorrectiveAction.Status status, int reopened, boolean overdue) {
        static ActionView of(ActionRow r) {
            return new ActionView(r.id(), r.auditId(), r.outletId(), r.outletCode(), r.outletName(), r.question(), r.description(),
                    r.dueOn(), r.status(), r.reopened(), r.overdue());
        }
    }

    public record ActionStepView(Instant at, String actor, CorrectiveAction.Step step, String note) {
        static ActionStepView of(ActionEvent e) {
            return new ActionStepView(e.at(), e.actor(), e.step(), e.note());
        }
    }

    public record ActionDetailView(ActionView action, String response, List<ActionStepView> history, List<AttachmentView> evidence) {
        static ActionDetailView of(CorrectiveActions.Detail d) {
            return new ActionDetailView(ActionView.of(d.row()), d.action().response(),
                    d.history().stream().map(ActionStepView::of).toList(), d.evidence().stream().map(AttachmentView::of).toList());
        }
    }

    public record CandidateView(long id, long outletId, String outletCode, String outletName, String outletStatus, String source,
                                String reason, Instant raisedAt) {
        static CandidateView of(ReplacementCandidates.Row r) {
            return new CandidateView(r.id(), r.outletId(), r.outletCode(), r.outletName(), r.outletStatus(), r.source().name(),
                    r.reason(), r.raisedAt());
        }
    }

    public record SettingsView(BigDecimal goodFrom, BigDecimal failingBelow, int probationFailures, int probationMonths, int minGapDays) {
        static SettingsView of(AuditRules r) {
            return new SettingsView(r.bands().goodFrom(), r.bands().failingBelow(), r.probationFailures(), r.probationMonths(),
                    r.minGapDays());
        }
    }

    public record TrendView(String month, AuditKind kind, int audits, BigDecimal meanScore) {
        static TrendView of(TrendPoint p) {
            return new TrendView(p.month().toString(), p.kind(), p.audits(), p.meanScore());
        }
    }
}
