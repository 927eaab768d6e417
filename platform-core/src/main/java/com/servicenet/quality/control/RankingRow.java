package com.servicenet.quality.control;

import com.servicenet.network.entity.LocalizedName;
import com.servicenet.quality.entity.QualityCounts;

import java.math.BigDecimal;

/**
 * One serving outlet in the network ranking over a period: its counts (and the rates they give), the quality
 * index it is ranked by (lower is better), its place in the network and in its province, and whether its rates
 * cross HQ's watch thresholds.
 */
public record RankingRow(long outletId, String outletCode, String outletName, String outletStatus, Long provinceId,
                         LocalizedName province, QualityCounts counts, BigDecimal qualityIndex, long networkRank,
                         long networkSize, long provinceRank, long provinceSize, boolean watched) implements java.io.Serializable {
}
