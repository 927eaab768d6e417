package com.servicenet.tenantweb.quality;

import com.servicenet.quality.control.ConsumerPage;
import com.servicenet.quality.control.PublicComplaint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The customer's look-up of a complaint by its tracking code (no login): the state, the category, the outlet and
 * the dates, nothing else. Malformed and unknown codes get the same "no complaint with this code". A plain GET
 * page; right after filing it also tells the customer to keep the code.
 */
@Named
@RequestScoped
public class TrackView {

    @Inject
    ConsumerPage page;

    private String code;
    private boolean filed;
    private PublicComplaint answer;

    /** f:viewAction. */
    public void load() {
        answer = isAsked() ? page.complaint(code).orElse(null) : null;
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isFiled() {
        return filed;
    }

    public void setFiled(boolean filed) {
        this.filed = filed;
    }

    public PublicComplaint getAnswer() {
        return answer;
    }
}
