package com.servicenet.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants in the network's time zone (China Standard Time unless configured), which is what HQ and
 * the outlets read on their clocks; the database keeps UTC.
 */
@Named("when")
@ApplicationScoped
public class TimeFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    @ConfigProperty(name = "servicenet.time-zone", defaultValue = "Asia/Shanghai")
    String zone;

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZoneId.of(zone)));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.of(zone)));
    }
}
