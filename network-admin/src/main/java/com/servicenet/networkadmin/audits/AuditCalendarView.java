package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.AuditPlan;
import com.servicenet.audits.control.AuditPlanning;
import com.servicenet.audits.control.AuditRow;
import com.servicenet.audits.control.AuditTemplates;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.IrregularSchedule;
import com.servicenet.audits.entity.MysteryShopper;
import com.servicenet.network.entity.Outlet;
import com.servicenet.networkadmin.training.OutletPicker;
import com.servicenet.rules.InvalidField;
import com.servicenet.training.control.Certifications;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The planning calendar: audits by their day (visit, plan or window start) in a month view; planning one audit;
 * assigning, rescheduling or cancelling one from its event; and the irregular scheduler (不定期), whose proposals
 * HQ looks at and accepts as planned audits.
 */
@Named
@ViewScoped
public class AuditCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PLAN_MESSAGES = "plan-form:plan-messages";
    private static final Map<String, String> PLAN_FIELDS = Map.of("outletId", "plan-form:plan-outlet", "templateId", "plan-form:plan-template",
            "windowFrom", "plan-form:plan-from", "windowTo", "plan-form:plan-to", "plannedOn", "plan-form:plan-day",
            "announced", "plan-form:plan-announced", "assignee", "plan-form:plan-assignee-messages");
    private static final String EVENT_MESSAGES = "event-form:event-messages";
    private static final String SCHEDULER_MESSAGES = "scheduler-form:scheduler-messages";

    /** A proposal as the table shows it. */
    public record ProposalRow(IrregularSchedule.Proposal proposal, String outletCode) implements Serializable {
    }

    /** An outlet the scheduler left out, and why. */
    public record SkippedRow(String outletCode, IrregularSchedule.Skip why) implements Serializable {
    }

    @Inject
    AuditPlanning planning;

    @Inject
    AuditTemplates templates;

    @Inject
    OutletPicker outlets;

    @Inject
    AuditStaff staff;

    private List<TemplateChoice> choices = List.of();
    private List<MysteryShopper> shoppers = List.of();
    private ScheduleModel calendar;

    // planning one
    private String outlet;
    private Long templateId;
    private LocalDate windowFrom;
    private LocalDate windowTo;
    private LocalDate plannedOn;
    private boolean announced;
    private String assignee;

    // the event clicked
    private AuditRow selected;
    private String newAssignee;
    private LocalDate newFrom;
    private LocalDate newTo;
    private LocalDate newDay;
    private String cancelReason;

    // the irregular scheduler
    private Long schedulerTemplateId;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private List<String> schedulerOutlets = new ArrayList<>();
    private List<ProposalRow> proposals = List.of();
    private List<SkippedRow> skipped = List.of();
    private boolean proposed;

    @PostConstruct
    void init() {
        choices = TemplateChoice.plannable(templates);
        shoppers = planning.shoppers();
        LocalDate today = Certifications.today();
        periodFrom = today.plusDays(1);
        periodTo = today.plusDays(30);
        calendar = new Calendar(planning);
    }

    /** The month's audits, loaded by the calendar for the range it shows. */
    private static final class Calendar extends LazyScheduleModel {
        private static final long serialVersionUID = 1L;
        private final AuditPlanning planning;

        Calendar(AuditPlanning planning) {
            this.planning = planning;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (AuditRow row : planning.calendar(start.toLocalDate(), end.toLocalDate())) {
                LocalDateTime day = row.day().atStartOfDay();
                String colour = row.kind() == AuditKind.MYSTERY_SHOP ? "#b35c00" : "#1f3b57";
                addEvent(DefaultScheduleEvent.<AuditRow>builder().id(String.valueOf(row.id()))
                        .title(row.outletCode() + " · " + row.templateCode() + (row.assignee() == null ? "" : " · " + row.assignee()))
                        .startDate(day).endDate(day).allDay(true).editable(false).data(row).backgroundColor(colour).borderColor(colour)
                        .styleClass("sn-audit-event sn-audit-" + row.id() + " sn-audit-" + row.status().name()
                                + " sn-audit-kind-" + row.kind().name())
                        .build());
            }
        }
    }

    // ------------------------------------------------------------------ plan one

    public void prepareNew() {
        outlet = null;
        templateId = null;
        windowFrom = Certifications.today();
        windowTo = windowFrom.plusDays(14);
        plannedOn = null;
        announced = false;
        assignee = null;
    }

    public void plan() {
        if (!staff.permits(PLAN_MESSAGES)) {
            return;
        }
        AuditKind kind = TemplateChoice.kindOf(choices, templateId);
        String code = outlet == null ? "" : outlet.strip().split("\\s+", 2)[0];
        AuditTexts.attempt(PLAN_MESSAGES, PLAN_FIELDS, () -> {
            Long outletId = code.isEmpty() ? null : outlets.of(code).map(Outlet::id)
                    .orElseThrow(() -> new InvalidField("outletId", "outlet.unknown", code));
            planning.plan(new AuditPlan(outletId, templateId, windowFrom, windowTo, plannedOn,
                    kind != AuditKind.MYSTERY_SHOP && announced, null, assignee));
        }, "plan.planned", code);
    }

    // ------------------------------------------------------------------ one event

    public void select(SelectEvent<ScheduleEvent<AuditRow>> event) {
        selected = event.getObject().getData();
        newAssignee = selected.assignee();
        newFrom = selected.windowFrom();
        newTo = selected.windowTo();
        newDay = selected.plannedOn();
        cancelReason = null;
    }

    public void assign() {
        long id = selected.id();
        act(() -> planning.assign(id, newAssignee), "plan.assigned");
    }

    public void reschedule() {
        long id = selected.id();
        act(() -> planning.reschedule(id, newFrom, newTo, newDay), "plan.rescheduled");
    }

    public void cancel() {
        long id = selected.id();
        act(() -> planning.cancel(id, cancelReason), "plan.cancelled");
    }

    private void act(Runnable useCase, String doneKey) {
        if (staff.permits(EVENT_MESSAGES)) {
            AuditTexts.attempt(EVENT_MESSAGES, useCase, doneKey, selected.outletCode());
        }
    }

    // ------------------------------------------------------------------ the irregular scheduler

    public void propose() {
        if (!staff.permits(SCHEDULER_MESSAGES)) {
            return;
        }
        proposed = false;
        Long template = schedulerTemplateId;
        AuditTexts.attempt(SCHEDULER_MESSAGES, () -> {
            if (template == null) {
                throw new InvalidField("templateId", "field.required", com.servicenet.rules.Term.of("field.templateId"));
            }
            List<Long> ids = new ArrayList<>();
            for (String label : schedulerOutlets) {
                ids.add(outlets.of(label).map(Outlet::id).orElseThrow(() -> new InvalidField("outletIds", "outlet.unknown", label)));
            }
            IrregularSchedule.Plan plan = planning.propose(template, periodFrom, periodTo, ids, null);
            List<Long> named = new ArrayList<>(plan.proposals().stream().map(IrregularSchedule.Proposal::outletId).toList());
            plan.skipped().forEach(s -> named.add(s.outletId()));
            Map<Long, String> codes = outlets.codes(named);
            proposals = new ArrayList<>(plan.proposals().stream().map(p -> new ProposalRow(p, codes.get(p.outletId()))).toList());
            skipped = plan.skipped().stream().map(s -> new SkippedRow(codes.get(s.outletId()), s.why())).toList();
            proposed = true;
        }, "scheduler.proposed");
    }

    /** Leaves one proposal out of what is accepted. */
    public void drop(ProposalRow row) {
        proposals.remove(row);
    }

    public void accept() {
        if (!staff.permits(SCHEDULER_MESSAGES)) {
            return;
        }
        Long template = schedulerTemplateId;
        List<IrregularSchedule.Proposal> kept = proposals.stream().map(ProposalRow::proposal).toList();
        if (AuditTexts.attempt(SCHEDULER_MESSAGES, () -> planning.accept(template, periodFrom, periodTo, kept),
                "scheduler.accepted", kept.size())) {
            proposals = List.of();
            skipped = List.of();
            proposed = false;
        }
    }

    // ------------------------------------------------------------------ what the page reads

    /** Outlets whose code or name contains the text, as "code name". */
    public List<String> completeOutlet(String text) {
        return outlets.complete(text);
    }

    public boolean isMysteryShop() {
        return TemplateChoice.kindOf(choices, templateId) == AuditKind.MYSTERY_SHOP;
    }

    public boolean isSelectedMysteryShop() {
        return selected != null && selected.kind() == AuditKind.MYSTERY_SHOP;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public List<TemplateChoice> getChoices() {
        return choices;
    }

    public List<MysteryShopper> getShoppers() {
        return shoppers;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public LocalDate getWindowFrom() {
        return windowFrom;
    }

    public void setWindowFrom(LocalDate windowFrom) {
        this.windowFrom = windowFrom;
    }

    public LocalDate getWindowTo() {
        return windowTo;
    }

    public void setWindowTo(LocalDate windowTo) {
        this.windowTo = windowTo;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public boolean isAnnounced() {
        return announced;
    }

    public void setAnnounced(boolean announced) {
        this.announced = announced;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public AuditRow getSelected() {
        return selected;
    }

    public String getNewAssignee() {
        return newAssignee;
    }

    public void setNewAssignee(String newAssignee) {
        this.newAssignee = newAssignee;
    }

    public LocalDate getNewFrom() {
        return newFrom;
    }

    public void setNewFrom(LocalDate newFrom) {
        this.newFrom = newFrom;
    }

    public LocalDate getNewTo() {
        return newTo;
    }

    public void setNewTo(LocalDate newTo) {
        this.newTo = newTo;
    }

    public LocalDate getNewDay() {
        return newDay;
    }

    public void setNewDay(LocalDate newDay) {
        this.newDay = newDay;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Long getSchedulerTemplateId() {
        return schedulerTemplateId;
    }

    public void setSchedulerTemplateId(Long schedulerTemplateId) {
        this.schedulerTemplateId = schedulerTemplateId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public List<String> getSchedulerOutlets() {
        return schedulerOutlets;
    }

    public void setSchedulerOutlets(List<String> schedulerOutlets) {
        this.schedulerOutlets = schedulerOutlets == null ? new ArrayList<>() : schedulerOutlets;
    }

    public List<ProposalRow> getProposals() {
        return proposals;
    }

    public List<SkippedRow> getSkipped() {
        return skipped;
    }

    public boolean isProposed() {
        return proposed;
    }
}
