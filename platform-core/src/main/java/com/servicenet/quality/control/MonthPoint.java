package com.servicenet.quality.control;

import com.servicenet.quality.entity.QualityCounts;

import java.time.YearMonth;

/** One month of an outlet's (or the network's) counts, for trends. A month without facts has zero counts. */
public record MonthPoint(YearMonth month, QualityCounts counts) implements java.io.Serializable {
}
