package com.servicenet.networkadmin.training;

import com.servicenet.training.control.SessionResult;
import com.servicenet.training.entity.Enrolment;

import java.io.Serializable;

/** One line of a session's result sheet as the trainer fills it in: attended, and the exam score. */
public class ResultRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long enrolmentId;
    private final String holder;
    private final String outletCode;
    private final boolean passed;
    private boolean attended;
    private Integer score;

    ResultRow(Enrolment enrolment, String outletCode) {
        this.enrolmentId = enrolment.id();
        this.holder = enrolment.person().name();
        this.outletCode = outletCode;
        this.passed = enrolment.passed();
        this.attended = Boolean.TRUE.equals(enrolment.attended());
        this.score = enrolment.score();
    }

    SessionResult result() {
        return new SessionResult(enrolmentId, attended, score);
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public String getHolder() {
        return holder;
    }

    public String getOutletCode() {
        return outletCode;
    }

    /** As recorded so far (not as typed). */
    public boolean isPassed() {
        return passed;
    }

    public boolean isAttended() {
        return attended;
    }

    public void setAttended(boolean attended) {
        this.attended = attended;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }
}
