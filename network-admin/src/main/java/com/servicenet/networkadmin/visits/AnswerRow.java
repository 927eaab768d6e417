package com.servicenet.networkadmin.visits;

import com.servicenet.audits.entity.QuestionKind;
import com.servicenet.audits.entity.Response;
import com.servicenet.audits.entity.TemplateQuestion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/** One question of the visit form and what the fieldworker has entered for it so far. */
public class AnswerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long questionId;
    private final QuestionKind kind;
    private final String text;
    private final boolean notApplicableAllowed;
    private boolean notApplicable;
    private Boolean yes;
    private Integer scale;
    private BigDecimal number;
    private String answerText;
    private String comment;

    AnswerRow(TemplateQuestion question, Response saved, Locale locale) {
        this.questionId = question.id();
        this.kind = question.kind();
        this.text = question.text().in(locale);
        this.notApplicableAllowed = question.notApplicableAllowed();
        if (saved != null) {
            notApplicable = saved.notApplicable();
            yes = saved.yes();
            scale = saved.scale();
            number = saved.number();
            answerText = saved.text();
            comment = saved.comment();
        }
    }

    /** The answer as the service takes it; fields of other kinds are left out. */
    Response response() {
        String note = comment == null || comment.isBlank() ? null : comment;
        if (notApplicable) {
            return new Response(true, null, null, null, null, note);
        }
        return new Response(false, kind == QuestionKind.YES_NO ? yes : null,
                kind == QuestionKind.SCALE_0_4 || kind == QuestionKind.SCALE_1_5 ? scale : null,
                kind == QuestionKind.NUMBER ? number : null,
                kind == QuestionKind.TEXT && answerText != null && !answerText.isBlank() ? answerText : null, note);
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getKind() {
        return kind.name();
    }

    public String getText() {
        return text;
    }

    public boolean isNotApplicableAllowed() {
        return notApplicableAllowed;
    }

    public boolean isNotApplicable() {
        return notApplicable;
    }

    public void setNotApplicable(boolean notApplicable) {
        this.notApplicable = notApplicable;
    }

    public Boolean getYes() {
        return yes;
    }

    public void setYes(Boolean yes) {
        this.yes = yes;
    }

    public Integer getScale() {
        return scale;
    }

    public void setScale(Integer scale) {
        this.scale = scale;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
