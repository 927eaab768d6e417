package com.servicenet.training.control;

/** One line of a session's result sheet: an enrolment, whether the person attended, and the exam score (or none). */
public record SessionResult(long enrolmentId, boolean attended, Integer score) {
}
