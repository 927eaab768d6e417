package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.AuditResults;
import com.servicenet.audits.control.AuditRow;
import com.servicenet.audits.entity.AuditKind;
import com.servicenet.audits.entity.AuditStatus;
import com.servicenet.audits.entity.Band;
import com.servicenet.network.entity.Outlet;
import com.servicenet.networkadmin.training.OutletPicker;
import com.servicenet.training.control.Certifications;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Audit results across the network, filtered by outlet, kind, status, band and period; the table exports to CSV
 * and Excel as shown. With one outlet chosen, its 12-month trend: the monthly mean score of each kind.
 */
@Named
@ViewScoped
public class AuditsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TREND_MONTHS = 12;
    /** The most rows the results query returns (AuditRows.MOST_LISTED). */
    private static final int LIMIT = 1000;

    @Inject
    AuditResults results;

    @Inject
    OutletPicker outlets;

    private String outlet;
    private AuditKind kind;
    private AuditStatus status;
    private Band band;
    private LocalDate from;
    private LocalDate to;
    private List<AuditRow> rows = List.of();
    private String chosenOutlet;
    private String trend;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        Optional<Outlet> one = outlets.of(outlet);
        Long outletId = one.map(Outlet::id).orElse(outlet == null || outlet.isBlank() ? null : -1L);
        rows = results.search(new AuditResults.Filter(outletId, kind, status, band, from, to));
        chosenOutlet = one.map(o -> o.code() + " " + o.legalName()).orElse(null);
        trend = one.map(o -> TrendChart.json(results.trend(o.id(), YearMonth.from(Certifications.today()), TREND_MONTHS),
                AuditTexts.text("kind.SPOT_CHECK"), AuditTexts.text("kind.MYSTERY_SHOP"))).orElse(null);
    }

    public List<String> completeOutlet(String text) {
        return outlets.complete(text);
    }

    public boolean isTruncated() {
        return rows.size() >= LIMIT;
    }

    public int getLimit() {
        return LIMIT;
    }

    public List<AuditRow> getRows() {
        return rows;
    }

    public String getTrend() {
        return trend;
    }

    public String getChosenOutlet() {
        return chosenOutlet;
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public AuditStatus[] getStatuses() {
        return AuditStatus.values();
    }

    public Band[] getBands() {
        return Band.values();
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }

    public AuditStatus getStatus() {
        return status;
    }

    public void setStatus(AuditStatus status) {
        this.status = status;
    }

    public Band getBand() {
        return band;
    }

    public void setBand(Band band) {
        this.band = band;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
