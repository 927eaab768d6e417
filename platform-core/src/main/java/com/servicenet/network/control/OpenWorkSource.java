package com.servicenet.network.control;

import java.util.List;

/**
 * A capability that holds work an outlet has not finished (open repairs, later) and that a successor must
 * take over when the outlet is replaced. Implementations are CDI beans; the replacement plan lists what
 * each of them reports.
 */
public interface OpenWorkSource {

    /** Human-readable references of the outlet's open work, e.g. repair ticket numbers. */
    List<String> openWorkOf(long outletId);
}
