package com.servicenet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;

/** A place name in the platform's three languages. */
@Embeddable
public class LocalizedName implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_en", nullable = false, length = 120)
    private String english;

    @Column(name = "name_zh_cn", nullable = false, length = 120)
    private String simplified;

    @Column(name = "name_zh_tw", nullable = false, length = 120)
    private String traditional;

    protected LocalizedName() {
        // for JPA
    }

    public LocalizedName(String english, String simplified, String traditional) {
        this.english = Text.required(english, "nameEn", 120);
        this.simplified = Text.required(simplified, "nameZhCn", 120);
        this.traditional = Text.required(traditional, "nameZhTw", 120);
    }

    public String in(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return english;
        }
        return "TW".equals(locale.getCountry()) || "HK".equals(locale.getCountry()) || "Hant".equals(locale.getScript())
                ? traditional : simplified;
    }

    public String english() {
        return english;
    }

    public String simplified() {
        return simplified;
    }

    public String traditional() {
        return traditional;
    }
}
