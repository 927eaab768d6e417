package com.servicenet.api.quality;

import com.servicenet.quality.control.CallbackRow;
import com.servicenet.quality.control.ComplaintRow;
import com.servicenet.quality.control.Complaints;
import com.servicenet.quality.control.MonthPoint;
import com.servicenet.quality.control.RankingRow;
import com.servicenet.quality.control.Scorecard;
import com.servicenet.quality.entity.Callback;
import com.servicenet.quality.entity.Complaint;
import com.servicenet.quality.entity.ComplaintEvent;
import com.servicenet.quality.entity.QualityCounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the quality API answers. Rates are shares to four places (0.0125 = 1.25 %), absent when not measured. */
public final class QualityRepresentations {

    private QualityRepresentations() {
    }

    public record Rates(long closed, long requests, long missed, long complaints, long callbacks, long dissatisfied,
                        long overcharged, long chargedInWarranty, long repeats, BigDecimal complaintRate,
                        BigDecimal omissionRate, BigDecimal dissatisfactionRate) {
        static Rates of(QualityCounts c) {
            return new Rates(c.closed(), c.requests(), c.missed(), c.complaints(), c.callbacks(), c.dissatisfied(), c.overcharged(),
                    c.chargedInWarranty(), c.repeats(), c.complaintRate(), c.omissionRate(), c.dissatisfactionRate());
        }
    }

    public record ComplaintSummary(long id, long outletId, String outletCode, String outletName, String source, String category,
                                   String severity, String status, Instant receivedAt, Instant dueAt, boolean overdue,
                                   boolean awaitingOutlet, String ticketNo) {
        static ComplaintSummary of(ComplaintRow r) {
            return new ComplaintSummary(r.id(), r.outletId(), r.outletCode(), r.outletName(), r.source().name(), r.category().name(),
                    r.severity().name(), r.status().name(), r.receivedAt(), r.dueAt(), r.overdue(), r.awaitingOutlet(), r.ticketNo());
        }
    }

    public record Step(Instant at, String kind, String actor, String note) {
        static Step of(ComplaintEvent e) {
            return new Step(e.occurredAt(), e.kind().name(), e.actor(), e.note());
        }
    }

    /** A complaint in full; the customer's contact only for HQ. */
    public record ComplaintDetail(long id, String trackingCode, long outletId, String outletName, Long repairId, String ticketNo,
                                  String source, String category, String severity, String status, String description,
                                  Instant receivedAt, Instant dueAt, String question, String response, String resolution,
                                  Instant closedAt, String customerName, String customerPhone, List<Step> history) {
        static ComplaintDetail of(Complaints.Detail d) {
            Complaint c = d.complaint();
            return new ComplaintDetail(c.id(), d.contact() == null ? null : c.trackingCode(), c.outletId(),
                    d.row() == null ? null : d.row().outletName(), c.repairId(), d.row() == null ? null : d.row().ticketNo(),
                    c.source().name(), c.category().name(), c.severity().name(), c.status().name(), c.description(), c.receivedAt(),
                    c.dueAt(), c.outletQuestion(), c.outletResponse(), d.resolution(), c.closedAt(),
                    d.contact() == null ? null : d.contact().name(), d.contact() == null ? null : d.contact().phone(),
                    d.history().stream().map(Step::of).toList());
        }
    }

    public record CallbackView(long id, long outletId, String outletCode, String outletName, long repairId, String ticketNo,
                               String model, Instant closedAt, BigDecimal amountCharged, String customerName, String customerPhone,
                               String reasons, String status, int attempts, Integer satisfaction, Long complaintId) {
        static CallbackView of(CallbackRow r) {
            return new CallbackView(r.id(), r.outletId(), r.outletCode(), r.outletName(), r.repairId(), r.ticketNo(), r.model(),
                    r.closedAt(), r.amountCharged(), r.customerName(), r.customerPhone(), r.reasons(), r.status().name(),
                    r.attempts(), r.satisfaction(), r.complaintId());
        }
    }

    public record CallbackResult(long id, String status, int attempts, Long complaintId) {
        static CallbackResult of(Callback c) {
            return new CallbackResult(c.id(), c.status().name(), c.attempts(), c.complaintId());
        }
    }

    public record Month(String month, Rates rates) {
        static Month of(MonthPoint p) {
            return new Month(p.month().toString(), Rates.of(p.counts()));
        }
    }

    public record AuditMonth(String month, String kind, int audits, BigDecimal meanScore) {
    }

    public record ScorecardView(long outletId, String outletCode, String outletName, String outletStatus, String from, String to,
                                Rates rates, Long networkRank, Long networkSize, Long provinceRank, Long provinceSize,
                                boolean watched, Integer trainingCompliancePercent, List<Month> trend, List<AuditMonth> audits,
                                Instant computedAt) {
        static ScorecardView of(Scorecard s) {
            return new ScorecardView(s.outletId(), s.outletCode(), s.outletName(), s.outletStatus(), s.from().toString(),
                    s.to().toString(), Rates.of(s.counts()), s.rank().network(), s.rank().networkSize(), s.rank().province(),
                    s.rank().provinceSize(), s.watched(), s.training() == null ? null : s.training().percent(),
                    s.trend().stream().map(Month::of).toList(),
                    s.audits().stream().map(a -> new AuditMonth(a.month().toString(), a.kind().name(), a.audits(), a.meanScore())).toList(),
                    s.computedAt());
        }
    }

    public record RankingEntry(long outletId, String outletCode, String outletName, String outletStatus, Long provinceId,
                               String province, Rates rates, BigDecimal qualityIndex, long networkRank, long provinceRank,
                               long provinceSize, boolean watched) {
        static RankingEntry of(RankingRow r) {
            return new RankingEntry(r.outletId(), r.outletCode(), r.outletName(), r.outletStatus(), r.provinceId(),
                    r.province() == null ? null : r.province().simplified(), Rates.of(r.counts()), r.qualityIndex(), r.networkRank(),
                    r.provinceRank(), r.provinceSize(), r.watched());
        }
    }

    public record RankingPage(List<RankingEntry> rows, long total, long networkSize) {
    }
}
