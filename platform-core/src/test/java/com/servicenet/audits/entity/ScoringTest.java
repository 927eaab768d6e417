package com.servicenet.audits.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each expected figure is worked out by hand in the comment above it. */
class ScoringTest {

    private static final BigDecimal CAP = new BigDecimal("49");

    private static Scoring.QuestionRule q(long id, QuestionKind kind, String weight, boolean critical) {
        return new Scoring.QuestionRule(id, kind, new BigDecimal(weight), critical);
    }

    /** A (weight 2): Q1 yes/no ×3, Q2 0–4 ×1, Q5 text; B (weight 1): Q3 1–5 ×2, Q4 photo. */
    private static List<Scoring.SectionRule> form(boolean q1Critical) {
        return List.of(
                new Scoring.SectionRule(10, new BigDecimal("2"), List.of(
                        q(1, QuestionKind.YES_NO, "3", q1Critical), q(2, QuestionKind.SCALE_0_4, "1", false),
                        q(5, QuestionKind.TEXT, "0", false))),
                new Scoring.SectionRule(20, new BigDecimal("1"), List.of(
                        q(3, QuestionKind.SCALE_1_5, "2", false), q(4, QuestionKind.PHOTO, "0", false))));
    }

    private static Map<Long, Response> answers(Response q1, Response q2, Response q3) {
        Map<Long, Response> answers = new HashMap<>();
        answers.put(1L, q1);
        answers.put(2L, q2);
        answers.put(3L, q3);
        answers.put(5L, new Response(false, null, null, null, "tidy shop", null));
        return answers;
    }

    @Test
    void weightsOfQuestionsAndSections() {
        // A: 3×1 + 1×(2/4) = 3.5 of 4 → 87.5; B: 2×(3/4) = 1.5 of 2 → 75; overall (87.5×2 + 75×1) / 3 = 83.33
        Scoring.Result result = Scoring.score(form(false), answers(Response.yes(true), Response.scale(2), Response.scale(4)), CAP);

        assertEquals(new BigDecimal("87.50"), result.sections().get(0).score());
        assertEquals(new BigDecimal("3.50"), result.sections().get(0).earned());
        assertEquals(0, new BigDecimal("4").compareTo(result.sections().get(0).possible()));
        assertEquals(new BigDecimal("75.00"), result.sections().get(1).score());
        assertEquals(new BigDecimal("83.33"), result.overall());
        assertFalse(result.criticalFailed());
        // the text and the photo question earn nothing and weigh nothing
        assertEquals(3, result.questions().size());
    }

    @Test
    void notApplicableCountsNeitherWay() {
        // A: Q2 n/a → 3 of 3 → 100; overall (100×2 + 75) / 3 = 91.67
        Scoring.Result result = Scoring.score(form(false),
                answers(Response.yes(true), Response.notApplicableAnswer(), Response.scale(4)), CAP);

        assertEquals(new BigDecimal("100.00"), result.sections().get(0).score());
        assertEquals(new BigDecimal("91.67"), result.overall());
        assertFalse(result.questions().containsKey(2L));
    }

    @Test
    void aFailedCriticalQuestionCapsTheOverallScore() {
        // A: Q1 critical ×1 "no" = 0, Q2 ×9 at 4/4 = 9 → 9 of 10 → 90; B 75; overall (180 + 75) / 3 = 85 → capped at 49
        List<Scoring.SectionRule> rules = List.of(
                new Scoring.SectionRule(10, new BigDecimal("2"), List.of(
                        q(1, QuestionKind.YES_NO, "1", true), q(2, QuestionKind.SCALE_0_4, "9", false))),
                new Scoring.SectionRule(20, new BigDecimal("1"), List.of(q(3, QuestionKind.SCALE_1_5, "2", false))));
        Scoring.Result result = Scoring.score(rules, answers(Response.yes(false), Response.scale(4), Response.scale(4)), CAP);

        assertEquals(new BigDecimal("90.00"), result.sections().get(0).score(), "the section keeps its own score");
        assertEquals(new BigDecimal("49.00"), result.overall());
        assertTrue(result.criticalFailed());
        assertEquals(java.util.Set.of(1L), result.failed());
    }

    @Test
    void theCapNeverRaisesAScore() {
        // A: Q1 critical "no" 0 of 3, Q2 2/4 → 0.5 of 4 → 12.5; overall (25 + 75) / 3 = 33.33, already under 49
        Scoring.Result result = Scoring.score(form(true), answers(Response.yes(false), Response.scale(2), Response.scale(4)), CAP);

        assertEquals(new BigDecimal("12.50"), result.sections().get(0).score());
        assertEquals(new BigDecimal("33.33"), result.overall());
        assertTrue(result.criticalFailed());
    }

    @Test
    void aNonCriticalFailureDoesNotCap() {
        // Q1 not critical, "no": A 0.5 of 4 → 12.5, overall 33.33, no cap flag; Q2 at 2/4 is exactly half and does not fail
        Scoring.Result result = Scoring.score(form(false), answers(Response.yes(false), Response.scale(2), Response.scale(4)), CAP);

        assertFalse(result.criticalFailed());
        assertEquals(java.util.Set.of(1L), result.failed());
    }

    @Test
    void anAllNotApplicableSectionDropsOutOfTheOverall() {
        // B's only scored question n/a → B has no score; overall = A alone = 87.5
        Scoring.Result result = Scoring.score(form(false),
                answers(Response.yes(true), Response.scale(2), Response.notApplicableAnswer()), CAP);

        assertNull(result.sections().get(1).score());
        assertEquals(0, result.sections().get(1).possible().signum());
        assertEquals(new BigDecimal("87.50"), result.overall());
    }

    @Test
    void nothingApplicableMeansNotScored() {
        Scoring.Result result = Scoring.score(form(false), answers(Response.notApplicableAnswer(),
                Response.notApplicableAnswer(), Response.notApplicableAnswer()), CAP);

        assertNull(result.overall());
        assertEquals(Band.NOT_SCORED, Bands.DEFAULT.of(result.overall()));
    }

    @Test
    void scaleEnds() {
        // 1–5 at 1 earns 0 and fails; 0–4 at 1 earns 1/4 and fails; 1–5 at 3 earns exactly half and passes
        assertEquals(0, QuestionKind.SCALE_1_5.fraction(Response.scale(1)).signum());
        assertTrue(QuestionKind.SCALE_0_4.fails(Response.scale(1)));
        assertFalse(QuestionKind.SCALE_1_5.fails(Response.scale(3)));
        assertFalse(QuestionKind.SCALE_1_5.answeredBy(Response.scale(0)));
        assertFalse(QuestionKind.SCALE_0_4.answeredBy(Response.scale(5)));
    }

    @Test
    void bandsAtTheirEdges() {
        Bands bands = Bands.DEFAULT;
        assertEquals(Band.GOOD, bands.of(new BigDecimal("80.00")));
        assertEquals(Band.NEEDS_IMPROVEMENT, bands.of(new BigDecimal("79.99")));
        assertEquals(Band.NEEDS_IMPROVEMENT, bands.of(new BigDecimal("50")));
        assertEquals(Band.FAILING, bands.of(new BigDecimal("49.99")));
        Bands strict = new Bands(new BigDecimal("90"), new BigDecimal("70"));
        assertEquals(Band.FAILING, strict.of(new BigDecimal("69.99")));
        assertEquals(Band.NEEDS_IMPROVEMENT, strict.of(new BigDecimal("85")));
    }

    @Test
    void bandsMustBeOrdered() {
        org.junit.jupiter.api.Assertions.assertThrows(com.servicenet.rules.RuleViolation.class,
                () -> new Bands(new BigDecimal("40"), new BigDecimal("50")));
    }
}
