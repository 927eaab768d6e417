package com.servicenet.audits.control;

import com.servicenet.audits.entity.CorrectiveAction;

import java.time.LocalDate;

/** A corrective action as lists show it, with the audit and question it came from. */
public record ActionRow(long id, long auditId, long outletId, String outletCode, String outletName, String question,
                        String description, LocalDate dueOn, CorrectiveAction.Status status, int reopened, boolean overdue) {
}
