package com.servicenet.networkadmin.quality;

import com.servicenet.networkadmin.visits.VisitsAccess;
import com.servicenet.quality.control.Dashboard;
import com.servicenet.quality.control.Scorecards;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * HQ's home: the network's three rates month by month over the last 12 months (chart), the rates per province
 * over the same months, the top complaint categories, and the open work (open callbacks, open and overdue
 * complaints, early warnings not acknowledged, outlets on the watch list), each linking to its list. Loaded only
 * for HQ; a mystery shopper's home sends them on before (index.xhtml).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MONTHS = 12;

    @Inject
    Scorecards scorecards;

    @Inject
    VisitsAccess access;

    /** One province's line of the table: its name in the reader's language (null: outlets without a province). */
    public record ProvinceRow(String name, long outlets, List<Rates.Line> rates) implements Serializable {
    }

    private Dashboard dashboard;
    private String trend;
    private List<ProvinceRow> provinces = List.of();

    /** f:viewAction of the home page, after the shopper's redirect. */
    public void load() {
        if (!access.isHeadquarters()) {
            return;
        }
        dashboard = scorecards.dashboard(Months.current(), MONTHS);
        trend = RateChart.json(dashboard.network(), QualityTexts.text("rate.complaint"), QualityTexts.text("rate.omission"),
                QualityTexts.text("rate.dissatisfaction"));
        java.util.Locale locale = com.servicenet.web.faces.FacesMessages.locale();
        provinces = dashboard.provinces().stream()
                .map(p -> new ProvinceRow(p.name() == null ? null : p.name().in(locale), p.outlets(), Rates.of(p.counts()))).toList();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getTrend() {
        return trend;
    }

    public List<ProvinceRow> getProvinces() {
        return provinces;
    }
}
