package com.servicenet.tenantweb.audits;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One question of a released result as the outlet reads it: the answer in words (a key of the bundle or the
 * value itself), the points, whether it failed.
 */
public record QuestionLine(long questionId, String text, String kind, String answerKey, String answerValue, String comment,
                           BigDecimal earned, BigDecimal possible, boolean failed, boolean critical) implements Serializable {
}
