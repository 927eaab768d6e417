package com.servicenet.tenantweb.quality;

import com.servicenet.audits.control.TrendPoint;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.persistence.Moments;
import com.servicenet.quality.control.MonthPoint;
import com.servicenet.quality.control.Scorecard;
import com.servicenet.quality.control.Scorecards;
import com.servicenet.quality.entity.QualityCounts;
import com.servicenet.quality.entity.QualityRules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The outlet's own scorecard: the three controlled rates with their counts over HQ's watch months up to this month,
 * the 12-month trend, its rank in its province and in the network (how many are ranked, never who), and the latest
 * audit and mystery-shop scores and its training compliance where they have been measured. A read-only GET page,
 * so request scoped.
 */
@Named("outletScorecardView")
@RequestScoped
public class ScorecardView {

    private static final String[] COLOURS = {"#1f3b57", "#b35c00", "#7a1f8a"};

    @Inject
    Scorecards scorecards;

    private Scorecard card;
    private List<RateLine> rates = List.of();
    private String trend;

    @PostConstruct
    void load() {
        card = scorecards.own(QualityRules.month(Moments.now()));
        QualityCounts c = card.counts();
        rates = List.of(new RateLine("complaint", c.complaints(), c.closed(), c.complaintRate()),
                new RateLine("omission", c.missed(), c.requests(), c.omissionRate()),
                new RateLine("dissatisfaction", c.dissatisfied(), c.callbacks(), c.dissatisfactionRate()));
        trend = trend(QualityPages.text("rate.complaint"), QualityPages.text("rate.omission"), QualityPages.text("rate.dissatisfaction"));
    }

    public String getTrend() {
        return trend;
    }

    public Scorecard getCard() {
        return card;
    }

    public List<RateLine> getRates() {
        return rates;
    }

    /** The mean score of the latest month with a scored spot check, or null when none in the 12 months. */
    public BigDecimal getSpotCheck() {
        return latest(AuditKind.SPOT_CHECK);
    }

    public BigDecimal getMysteryShop() {
        return latest(AuditKind.MYSTERY_SHOP);
    }

    private BigDecimal latest(AuditKind kind) {
        return card.audits().stream().filter(p -> p.kind() == kind && p.meanScore() != null)
                .max(Comparator.comparing(TrendPoint::month)).map(TrendPoint::meanScore).orElse(null);
    }

    public Integer getTrainingPercent() {
        return card.training() == null ? null : card.training().percent();
    }

    /** The Chart.js configuration of the 12 months of the three rates, in per cent; a gap where nothing was counted. */
    private String trend(String complaintLabel, String omissionLabel, String dissatisfactionLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        card.trend().forEach(p -> labels.add(p.month().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        String[] names = {complaintLabel, omissionLabel, dissatisfactionLabel};
        List<Function<QualityCounts, BigDecimal>> rates = List.of(QualityCounts::complaintRate, QualityCounts::omissionRate,
                QualityCounts::dissatisfactionRate);
        for (int i = 0; i < names.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (MonthPoint point : card.trend()) {
                BigDecimal rate = rates.get(i).apply(point.counts());
                if (rate == null) {
                    data.addNull();
                } else {
                    data.add(rate.movePointRight(2));
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", names[i]).add("data", data).add("borderColor", COLOURS[i])
                    .add("backgroundColor", COLOURS[i]).add("spanGaps", false).add("tension", 0.2));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0))))
                .build().toString();
    }
}
