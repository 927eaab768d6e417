package com.servicenet.networkadmin.visits;

import java.io.Serializable;
import java.util.List;

/** A section of the visit form with its questions, in the template version's order. */
public record SectionRows(String title, List<AnswerRow> questions) implements Serializable {
}
