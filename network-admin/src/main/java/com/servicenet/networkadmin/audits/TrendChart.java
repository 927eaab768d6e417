package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.TrendPoint;
import com.servicenet.audits.entity.AuditKind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * The Chart.js configuration of an outlet's trend for PrimeFaces' {@code p:chart} (PrimeFaces 15 dropped its
 * Java chart models): one line per audit kind over the months, a gap where a month had no scored audit.
 */
final class TrendChart {

    private static final String[] COLOURS = {"#1f3b57", "#b35c00"};

    private TrendChart() {
    }

    static String json(List<TrendPoint> points, String spotCheckLabel, String mysteryShopLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.stream().map(p -> p.month().toString()).distinct().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (AuditKind kind : AuditKind.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            points.stream().filter(p -> p.kind() == kind).forEach(p -> {
                if (p.meanScore() == null) {
                    data.addNull();
                } else {
                    data.add(p.meanScore());
                }
            });
            datasets.add(Json.createObjectBuilder()
                    .add("label", kind == AuditKind.SPOT_CHECK ? spotCheckLabel : mysteryShopLabel)
                    .add("data", data)
                    .add("borderColor", COLOURS[kind.ordinal()])
                    .add("backgroundColor", COLOURS[kind.ordinal()])
                    .add("spanGaps", false)
                    .add("tension", 0.2));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("min", 0).add("max", 100);
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }
}
