package com.servicenet.networkadmin.quality;

import com.servicenet.audits.control.TrendPoint;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.quality.control.Scorecard;
import com.servicenet.quality.control.Scorecards;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * One outlet's scorecard for HQ ({@code scorecard.xhtml?id=N}, optionally {@code &until=2026-06}; the current
 * month by default): the three rates over HQ's watch months with their counts, the mean audit and mystery-shop
 * scores of the 12 months, training compliance, overcharge flags and repeats, its rank in the province and the
 * network, and the 12-month trend of the rates.
 */
@Named
@ViewScoped
public class ScorecardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scorecards scorecards;

    private String id;
    private String until;
    private Scorecard card;
    private List<Rates.Line> rates = List.of();
    private BigDecimal spotCheckScore;
    private BigDecimal mysteryShopScore;
    private String trend;

    /** f:viewAction: the outlet the id parameter names, or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        YearMonth month = Months.parse(until);
        try {
            if (key == null) {
                throw new RuleViolation("outlet.unknown", id);
            }
            card = scorecards.scorecard(key, month == null ? Months.current() : month);
        } catch (RuleViolation unknown) {
            card = null;
            FacesMessages.notFound();
            return;
        }
        rates = Rates.of(card.counts());
        spotCheckScore = mean(card.audits(), AuditKind.SPOT_CHECK);
        mysteryShopScore = mean(card.audits(), AuditKind.MYSTERY_SHOP);
        trend = RateChart.json(card.trend(), QualityTexts.text("rate.complaint"), QualityTexts.text("rate.omission"),
                QualityTexts.text("rate.dissatisfaction"));
    }

    /** The mean score of one kind's audits over the months, each audit counting once; null without audits. */
    static BigDecimal mean(List<TrendPoint> points, AuditKind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        int audits = 0;
        for (TrendPoint point : points) {
            if (point.kind() == kind && point.meanScore() != null && point.audits() > 0) {
                sum = sum.add(point.meanScore().multiply(BigDecimal.valueOf(point.audits())));
                audits += point.audits();
            }
        }
        return audits == 0 ? null : sum.divide(BigDecimal.valueOf(audits), 2, RoundingMode.HALF_UP);
    }

    public Scorecard getCard() {
        return card;
    }

    public List<Rates.Line> getRates() {
        return rates;
    }

    public BigDecimal getSpotCheckScore() {
        return spotCheckScore;
    }

    public BigDecimal getMysteryShopScore() {
        return mysteryShopScore;
    }

    public String getTrend() {
        return trend;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }
}
