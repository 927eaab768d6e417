package com.servicenet.audits.entity;

import com.servicenet.network.entity.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;

/**
 * A question's or section's wording. HQ writes it in simplified Chinese and may add English and traditional
 * Chinese; a missing translation falls back to simplified Chinese rather than blocking a template.
 */
@Embeddable
public class Wording implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "text_zh_cn", nullable = false, length = 500)
    private String simplified;

    @Column(name = "text_en", length = 500)
    private String english;

    @Column(name = "text_zh_tw", length = 500)
    private String traditional;

    protected Wording() {
        // for JPA
    }

    public Wording(String simplified, String english, String traditional, String field, int max) {
        this.simplified = Text.required(simplified, field, max);
        this.english = Text.optional(english, max, field);
        this.traditional = Text.optional(traditional, max, field);
    }

    public String in(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return english == null ? simplified : english;
        }
        boolean traditionalScript = "TW".equals(locale.getCountry()) || "HK".equals(locale.getCountry())
                || "Hant".equals(locale.getScript());
        return traditionalScript && traditional != null ? traditional : simplified;
    }

    public String simplified() {
        return simplified;
    }

    public String english() {
        return english;
    }

    public String traditional() {
        return traditional;
    }
}
