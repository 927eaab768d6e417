package com.servicenet.networkadmin.visits;

import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the fieldworker's list: what they need to go, nothing more. Of the outlet only name and address,
 * and only while the visit is open (row-level security hides the outlet afterwards); never a score.
 */
public record Assignment(long id, AuditKind kind, String outletName, String outletAddress, LocalDate windowFrom,
                         LocalDate windowTo, LocalDate plannedOn, String brief, AuditStatus status) implements Serializable {

    public boolean open() {
        return status.open();
    }
}
