package com.servicenet.tenantweb.audits;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One section of a released result: its weight, points and score, and its questions as answered. */
public record SectionLine(String title, BigDecimal weight, BigDecimal earned, BigDecimal possible, BigDecimal score,
                          List<QuestionLine> questions) implements Serializable {
}
