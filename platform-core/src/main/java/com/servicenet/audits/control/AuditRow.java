package com.servicenet.audits.control;

import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditStatus;
import com.servicenet.audits.entity.Band;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An audit as lists show it to HQ. */
public record AuditRow(long id, long outletId, String outletCode, String outletName, AuditKind kind, AuditStatus status,
                       LocalDate windowFrom, LocalDate windowTo, LocalDate plannedOn, LocalDate visitedOn, String assignee,
                       BigDecimal score, Band band, String templateCode, int templateVersion, boolean announced) {

    /** The day the calendar shows it on: the visit, else the planned day, else the window's start. */
    public LocalDate day() {
        return visitedOn != null ? visitedOn : plannedOn != null ? plannedOn : windowFrom;
    }
}
