package com.servicenet.networkadmin.audits;

import com.servicenet.audits.entity.QuestionKind;
import com.servicenet.audits.entity.TemplateQuestion;
import com.servicenet.audits.entity.TemplateSection;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A section of the draft as the editor holds it between requests, with its questions. */
public class SectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String titleZhCn;
    private String titleEn;
    private String titleZhTw;
    private BigDecimal weight = BigDecimal.TEN;
    private final List<QuestionForm> questions = new ArrayList<>();

    static SectionForm of(TemplateSection.Draft draft) {
        SectionForm form = new SectionForm();
        form.titleZhCn = draft.titleZhCn();
        form.titleEn = draft.titleEn();
        form.titleZhTw = draft.titleZhTw();
        form.weight = draft.weight();
        draft.questions().forEach(q -> form.questions.add(QuestionForm.of(q)));
        return form;
    }

    TemplateSection.Draft draft() {
        return new TemplateSection.Draft(titleZhCn, titleEn, titleZhTw, weight, questions.stream().map(QuestionForm::draft).toList());
    }

    void addQuestion() {
        questions.add(new QuestionForm());
    }

    void removeQuestion(QuestionForm question) {
        questions.remove(question);
    }

    void moveQuestion(QuestionForm question, int by) {
        Reorder.move(questions, question, by);
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }

    public String getTitleZhCn() {
        return titleZhCn;
    }

    public void setTitleZhCn(String titleZhCn) {
        this.titleZhCn = titleZhCn;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleZhTw() {
        return titleZhTw;
    }

    public void setTitleZhTw(String titleZhTw) {
        this.titleZhTw = titleZhTw;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    /** One question of a section as typed. */
    public static class QuestionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String textZhCn;
        private String textEn;
        private String textZhTw;
        private QuestionKind kind = QuestionKind.YES_NO;
        private BigDecimal weight = BigDecimal.ONE;
        private boolean critical;
        private boolean notApplicableAllowed;

        static QuestionForm of(TemplateQuestion.Draft draft) {
            QuestionForm form = new QuestionForm();
            form.textZhCn = draft.textZhCn();
            form.textEn = draft.textEn();
            form.textZhTw = draft.textZhTw();
            form.kind = draft.kind();
            form.weight = draft.weight();
            form.critical = draft.critical();
            form.notApplicableAllowed = draft.notApplicableAllowed();
            return form;
        }

        TemplateQuestion.Draft draft() {
            // facts carry no weight: the form need not make HQ clear the field when switching a question to one
            boolean scored = kind == null || kind.scored();
            return new TemplateQuestion.Draft(textZhCn, textEn, textZhTw, kind, scored ? weight : BigDecimal.ZERO,
                    scored && critical, notApplicableAllowed);
        }

        public boolean isScored() {
            return kind == null || kind.scored();
        }

        public String getTextZhCn() {
            return textZhCn;
        }

        public void setTextZhCn(String textZhCn) {
            this.textZhCn = textZhCn;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public String getTextZhTw() {
            return textZhTw;
        }

        public void setTextZhTw(String textZhTw) {
            this.textZhTw = textZhTw;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        public boolean isCritical() {
            return critical;
        }

        public void setCritical(boolean critical) {
            this.critical = critical;
        }

        public boolean isNotApplicableAllowed() {
            return notApplicableAllowed;
        }

        public void setNotApplicableAllowed(boolean notApplicableAllowed) {
            this.notApplicableAllowed = notApplicableAllowed;
        }
    }
}
