package com.servicenet.tenantweb.quality;

import com.servicenet.quality.entity.ComplaintEvent;
import com.servicenet.quality.entity.ComplaintStep;

import java.time.Instant;
import java.util.List;

/**
 * One step of a complaint's history as the outlet sees it: when and what, HQ's question and the outlet's own
 * answer with who gave it. The core hands the outlet only that (ComplaintEvent.asSeenByOutlet), the API alike;
 * HQ's internal notes never reach the outlet at all, row-level security leaves them out (V8).
 */
public record HistoryLine(Instant at, ComplaintStep step, String actor, String note) implements java.io.Serializable {

    static List<HistoryLine> forOutlet(List<ComplaintEvent> history) {
        return history.stream().map(HistoryLine::of).toList();
    }

    private static HistoryLine of(ComplaintEvent e) {
        return new HistoryLine(e.occurredAt(), e.kind(), e.actor(), e.note());
    }
}
