package com.servicenet.networkadmin.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;

/** A rate in a table cell ({@code #{rates.percent(r.counts().complaintRate())}}): "12.50 %", or a dash when not measured. */
@Named("rates")
@ApplicationScoped
public class RateFormat {

    public String percent(BigDecimal share) {
        String percent = Rates.percent(share);
        return percent == null ? "—" : percent;
    }
}
