package com.servicenet.networkadmin.quality;

import com.servicenet.quality.control.MonthPoint;
import com.servicenet.quality.entity.QualityCounts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js configuration of the three rates month by month for PrimeFaces' {@code p:chart} (as the audit
 * trend): one line per rate in per cent, a gap where a month had nothing to count.
 */
final class RateChart {

    private static final String[] COLOURS = {"#b3261e", "#b35c00", "#1f3b57"};

    private RateChart() {
    }

    static String json(List<MonthPoint> points, String complaintLabel, String omissionLabel, String dissatisfactionLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.forEach(p -> labels.add(p.month().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(points, complaintLabel, QualityCounts::complaintRate, COLOURS[0]))
                .add(dataset(points, omissionLabel, QualityCounts::omissionRate, COLOURS[1]))
                .add(dataset(points, dissatisfactionLabel, QualityCounts::dissatisfactionRate, COLOURS[2]));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(List<MonthPoint> points, String label, Function<QualityCounts, BigDecimal> rate,
                                                         String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (MonthPoint point : points) {
            BigDecimal value = Rates.points(rate.apply(point.counts()));
            if (value == null) {
                data.addNull();
            } else {
                data.add(value);
            }
        }
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("spanGaps", false).add("tension", 0.2);
    }
}
