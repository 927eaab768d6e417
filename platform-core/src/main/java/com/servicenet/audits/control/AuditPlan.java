package com.servicenet.audits.control;

import java.time.LocalDate;

/** What HQ plans: a visit to one outlet with a template, a due window, maybe a day and a person. */
public record AuditPlan(Long outletId, Long templateId, LocalDate windowFrom, LocalDate windowTo, LocalDate plannedOn,
                        boolean announced, String brief, String assignee) {
}
