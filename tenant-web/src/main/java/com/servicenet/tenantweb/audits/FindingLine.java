package com.servicenet.tenantweb.audits;

import com.servicenet.audits.entity.CorrectiveAction;

import java.io.Serializable;
import java.time.LocalDate;

/** A finding of a released result, with the corrective action HQ raised from it, if any. */
public record FindingLine(long id, String question, String note, boolean critical, Long actionId,
                          CorrectiveAction.Status actionStatus, LocalDate actionDue) implements Serializable {
}
