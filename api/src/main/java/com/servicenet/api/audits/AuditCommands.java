package com.servicenet.api.audits;

import com.servicenet.audits.control.AuditPlan;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.IrregularSchedule;
import com.servicenet.audits.entity.QuestionKind;
import com.servicenet.audits.entity.Response;
import com.servicenet.audits.entity.TemplateQuestion;
import com.servicenet.audits.entity.TemplateSection;
import com.servicenet.rules.InvalidField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies of the audit endpoints. Field rules that need the domain (weights, scales, dates) are the
 * entities'; these only say what must be there. Records declare their constructor so that the components'
 * constraints stay off its parameters (see platform.Inputs).
 */
public final class AuditCommands {

    private AuditCommands() {
    }

    @Schema(example = """
            {"code": "SPOT-2026", "kind": "SPOT_CHECK", "nameEn": "Spot check 2026", "nameZhCn": "2026 年飞行检查",
             "nameZhTw": "2026 年飛行檢查", "brief": "Unannounced visit: reception, workshop, parts store"}""")
    public record NewTemplate(@NotBlank @Size(max = 32) String code, @NotNull AuditKind kind,
                              @NotBlank @Size(max = 120) String nameEn, @NotBlank @Size(max = 120) String nameZhCn,
                              @NotBlank @Size(max = 120) String nameZhTw, @Size(max = 2000) String brief) {
        public NewTemplate(String code, AuditKind kind, String nameEn, String nameZhCn, String nameZhTw, String brief) {
            this.code = code;
            this.kind = kind;
            this.nameEn = nameEn;
            this.nameZhCn = nameZhCn;
            this.nameZhTw = nameZhTw;
            this.brief = brief;
        }
    }

    @Schema(example = """
            {"textZhCn": "前台是否张贴收费标准？", "textEn": "Is the price list displayed at reception?",
             "textZhTw": "前台是否張貼收費標準？", "kind": "YES_NO", "weight": 10.00, "critical": false, "notApplicableAllowed": false}""")
    public record QuestionDraft(String textZhCn, String textEn, String textZhTw, QuestionKind kind, BigDecimal weight,
                                boolean critical, boolean notApplicableAllowed) {
        TemplateQuestion.Draft draft() {
            return new TemplateQuestion.Draft(textZhCn, textEn, textZhTw, kind, weight, critical, notApplicableAllowed);
        }
    }

    public record SectionDraft(String titleZhCn, String titleEn, String titleZhTw, BigDecimal weight, List<QuestionDraft> questions) {
        TemplateSection.Draft draft() {
            return new TemplateSection.Draft(titleZhCn, titleEn, titleZhTw, weight,
                    questions == null ? List.of() : questions.stream().map(QuestionDraft::draft).toList());
        }
    }

    @Schema(example = """
            {"criticalCap": 59.00, "brief": "Unannounced visit: reception, workshop, parts store",
             "sections": [{"titleZhCn": "前台", "titleEn": "Reception", "titleZhTw": "前台", "weight": 100.00,
                           "questions": [{"textZhCn": "前台是否张贴收费标准？", "textEn": "Is the price list displayed at reception?",
                                          "textZhTw": "前台是否張貼收費標準？", "kind": "YES_NO", "weight": 10.00,
                                          "critical": false, "notApplicableAllowed": false}]}]}""")
    public record Draft(@NotNull BigDecimal criticalCap, @Size(max = 2000) String brief, @NotNull @Valid List<SectionDraft> sections) {
        public Draft(BigDecimal criticalCap, String brief, List<SectionDraft> sections) {
            this.criticalCap = criticalCap;
            this.brief = brief;
            this.sections = sections;
        }

        List<TemplateSection.Draft> drafts() {
            return sections.stream().map(s -> {
                if (s == null) {
                    throw new InvalidField("sections", "field.required", com.servicenet.rules.Term.of("field.sectionTitle"));
                }
                return s.draft();
            }).toList();
        }
    }

    @Schema(example = """
            {"outletId": 42, "templateId": 5, "windowFrom": "2026-04-01", "windowTo": "2026-04-30", "plannedOn": "2026-04-15",
             "announced": false, "brief": "Follow-up of last quarter's findings", "assignee": "auditor.wang"}""")
    public record Plan(@NotNull Long outletId, @NotNull Long templateId, @NotNull LocalDate windowFrom, @NotNull LocalDate windowTo,
                       LocalDate plannedOn, boolean announced, @Size(max = 2000) String brief, @Size(max = 100) String assignee) {
        public Plan(Long outletId, Long templateId, LocalDate windowFrom, LocalDate windowTo, LocalDate plannedOn, boolean announced,
                    String brief, String assignee) {
            this.outletId = outletId;
            this.templateId = templateId;
            this.windowFrom = windowFrom;
            this.windowTo = windowTo;
            this.plannedOn = plannedOn;
            this.announced = announced;
            this.brief = brief;
            this.assignee = assignee;
        }

        AuditPlan plan() {
            return new AuditPlan(outletId, templateId, windowFrom, windowTo, plannedOn, announced, brief, assignee);
        }
    }

    @Schema(example = """
            {"assignee": "auditor.wang"}""")
    public record Assignment(@NotBlank @Size(max = 100) String assignee) {
        public Assignment(String assignee) {
            this.assignee = assignee;
        }
    }

    @Schema(example = """
            {"reason": "Outlet closed for renovation in that window"}""")
    public record Reason(@NotBlank @Size(max = 500) String reason) {
        public Reason(String reason) {
            this.reason = reason;
        }
    }

    @Schema(example = """
            {"templateId": 6, "from": "2026-04-01", "to": "2026-06-30", "outletIds": [42, 43], "seed": 20260401}""")
    public record ProposalRequest(@NotNull Long templateId, @NotNull LocalDate from, @NotNull LocalDate to, List<Long> outletIds, Long seed) {
        public ProposalRequest(Long templateId, LocalDate from, LocalDate to, List<Long> outletIds, Long seed) {
            this.templateId = templateId;
            this.from = from;
            this.to = to;
            this.outletIds = outletIds;
            this.seed = seed;
        }
    }

    @Schema(example = """
            {"templateId": 6, "windowFrom": "2026-04-01", "windowTo": "2026-06-30",
             "proposals": [{"outletId": 42, "on": "2026-05-12", "shopper": "shopper.li"}]}""")
    public record Acceptance(@NotNull Long templateId, @NotNull LocalDate windowFrom, @NotNull LocalDate windowTo,
                             @NotNull List<AuditRepresentations.ProposalView> proposals) {
        public Acceptance(Long templateId, LocalDate windowFrom, LocalDate windowTo, List<AuditRepresentations.ProposalView> proposals) {
            this.templateId = templateId;
            this.windowFrom = windowFrom;
            this.windowTo = windowTo;
            this.proposals = proposals;
        }

        List<IrregularSchedule.Proposal> kept() {
            return proposals.stream().map(p -> {
                if (p == null || p.on() == null) {
                    throw new InvalidField("proposals", "field.required", com.servicenet.rules.Term.of("field.plannedOn"));
                }
                return new IrregularSchedule.Proposal(p.outletId(), p.on(), p.shopper());
            }).toList();
        }
    }

    @Schema(example = """
            {"questionId": 101, "notApplicable": false, "yes": true, "comment": "Displayed beside the counter"}""")
    public record Answer(Long questionId, boolean notApplicable, Boolean yes, Integer scale, BigDecimal number,
                         @Size(max = 2000) String text, @Size(max = 1000) String comment) {
        public Answer(Long questionId, boolean notApplicable, Boolean yes, Integer scale, BigDecimal number, String text, String comment) {
            this.questionId = questionId;
            this.notApplicable = notApplicable;
            this.yes = yes;
            this.scale = scale;
            this.number = number;
            this.text = text;
            this.comment = comment;
        }
    }

    @Schema(example = """
            {"answers": [{"questionId": 101, "notApplicable": false, "yes": true},
                         {"questionId": 102, "notApplicable": false, "scale": 3, "comment": "Workshop tidy, one tool left out"}]}""")
    public record Answers(@NotNull @Valid List<Answer> answers) {
        public Answers(List<Answer> answers) {
            this.answers = answers;
        }

        Map<Long, Response> responses() {
            return AuditCommands.responses(answers);
        }
    }

    @Schema(example = """
            {"visitedOn": "2026-04-15", "answers": [{"questionId": 101, "notApplicable": false, "yes": true},
                                                 {"questionId": 102, "notApplicable": false, "scale": 3}]}""")
    public record Submission(@NotNull LocalDate visitedOn, @Valid List<Answer> answers) {
        public Submission(LocalDate visitedOn, List<Answer> answers) {
            this.visitedOn = visitedOn;
            this.answers = answers;
        }

        Map<Long, Response> responses() {
            return answers == null ? Map.of() : AuditCommands.responses(answers);
        }
    }

    @Schema(example = """
            {"findingId": 311, "description": "Display the 2026 price list at reception", "dueOn": "2026-05-15"}""")
    public record NewAction(@NotNull Long findingId, @NotBlank @Size(max = 1000) String description, @NotNull LocalDate dueOn) {
        public NewAction(Long findingId, String description, LocalDate dueOn) {
            this.findingId = findingId;
            this.description = description;
            this.dueOn = dueOn;
        }
    }

    @Schema(example = """
            {"text": "Price list printed and displayed at reception on 2 May; photo attached"}""")
    public record ActionResponse(@NotBlank @Size(max = 2000) String text) {
        public ActionResponse(String text) {
            this.text = text;
        }
    }

    public record Verification(@Size(max = 2000) String note) {
        public Verification(String note) {
            this.note = note;
        }
    }

    @Schema(example = """
            {"note": "The list displayed is the 2025 one", "dueOn": "2026-05-31"}""")
    public record Reopening(@NotBlank @Size(max = 2000) String note, LocalDate dueOn) {
        public Reopening(String note, LocalDate dueOn) {
            this.note = note;
            this.dueOn = dueOn;
        }
    }

    @Schema(example = """
            {"resolution": "Replaced by outlet SH-0057, which takes over its customers"}""")
    public record Resolution(@NotBlank @Size(max = 500) String resolution) {
        public Resolution(String resolution) {
            this.resolution = resolution;
        }
    }

    @Schema(example = """
            {"goodFrom": 85.00, "failingBelow": 60.00, "probationFailures": 2, "probationMonths": 6, "minGapDays": 30}""")
    public record Settings(@NotNull BigDecimal goodFrom, @NotNull BigDecimal failingBelow, @NotNull Integer probationFailures,
                           @NotNull Integer probationMonths, @NotNull Integer minGapDays) {
        public Settings(BigDecimal goodFrom, BigDecimal failingBelow, Integer probationFailures, Integer probationMonths, Integer minGapDays) {
            this.goodFrom = goodFrom;
            this.failingBelow = failingBelow;
            this.probationFailures = probationFailures;
            this.probationMonths = probationMonths;
            this.minGapDays = minGapDays;
        }
    }

    private static Map<Long, Response> responses(List<Answer> answers) {
        Map<Long, Response> responses = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            if (a == null || a.questionId() == null) {
                throw new InvalidField("answers[" + i + "].questionId", "field.required", com.servicenet.rules.Term.of("field.questionText"));
            }
            responses.put(a.questionId(), new Response(a.notApplicable(), a.yes(), a.scale(), a.number(), a.text(), a.comment()));
        }
        return responses;
    }
}
