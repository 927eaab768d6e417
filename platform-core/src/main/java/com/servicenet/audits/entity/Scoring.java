package com.servicenet.audits.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring rule of an inspection, kept free of persistence so that hand-computed cases pin it.
 * <ul>
 * <li>A question earns weight × fraction of its answer (yes 1, no 0; a 0–4 scale v/4; a 1–5 scale (v−1)/4)
 * out of its weight; a not-applicable question counts neither way.</li>
 * <li>A section scores earned / possible × 100 over its applicable questions; a section where nothing applied
 * has no score and drops out of the overall.</li>
 * <li>The overall score is the section-weighted mean of the section scores.</li>
 * <li>A failed critical question (earning under half) caps the overall score at the version's cap.</li>
 * </ul>
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    public record QuestionRule(long id, QuestionKind kind, BigDecimal weight, boolean critical) {
    }

    public record SectionRule(long id, BigDecimal weight, List<QuestionRule> questions) {
    }

    public record Points(BigDecimal earned, BigDecimal possible) {
    }

    /** {@code score} is null when nothing in the section applied. */
    public record SectionScore(long sectionId, BigDecimal earned, BigDecimal possible, BigDecimal score) {
    }

    /** {@code overall} is null when no section had a score. */
    public record Result(BigDecimal overall, boolean criticalFailed, List<SectionScore> sections,
                         Map<Long, Points> questions, Set<Long> failed) {
    }

    /** @param answers by question id; a missing answer to a scored question counts as not applicable */
    public static Result score(List<SectionRule> sections, Map<Long, Response> answers, BigDecimal criticalCap) {
        List<SectionScore> scores = new ArrayList<>();
        Map<Long, Points> points = new LinkedHashMap<>();
        Set<Long> failed = new LinkedHashSet<>();
        boolean criticalFailed = false;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (SectionRule section : sections) {
            BigDecimal earned = BigDecimal.ZERO;
            BigDecimal possible = BigDecimal.ZERO;
            for (QuestionRule question : section.questions()) {
                Response answer = answers.get(question.id());
                if (!question.kind().scored() || answer == null || answer.notApplicable()) {
                    continue;
                }
                BigDecimal got = question.weight().multiply(question.kind().fraction(answer));
                earned = earned.add(got);
                possible = possible.add(question.weight());
                points.put(question.id(), new Points(got.setScale(2, RoundingMode.HALF_UP), question.weight()));
                if (question.kind().fails(answer)) {
                    failed.add(question.id());
                    criticalFailed |= question.critical();
                }
            }
            BigDecimal score = possible.signum() == 0 ? null : earned.multiply(HUNDRED).divide(possible, 6, RoundingMode.HALF_UP);
            scores.add(new SectionScore(section.id(), earned.setScale(2, RoundingMode.HALF_UP), possible,
                    score == null ? null : score.setScale(2, RoundingMode.HALF_UP)));
            if (score != null) {
                weighted = weighted.add(score.multiply(section.weight()));
                weights = weights.add(section.weight());
            }
        }
        BigDecimal overall = weights.signum() == 0 ? null : weighted.divide(weights, 6, RoundingMode.HALF_UP);
        if (overall != null && criticalFailed && overall.compareTo(criticalCap) > 0) {
            overall = criticalCap;
        }
        return new Result(overall == null ? null : overall.setScale(2, RoundingMode.HALF_UP), criticalFailed,
                List.copyOf(scores), Map.copyOf(points), Set.copyOf(failed));
    }
}
