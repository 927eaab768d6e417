package com.servicenet.web.faces;

/** Reading a page's query parameters as typed into an address bar, where anything may arrive. */
public final class PageParameters {

    private PageParameters() {
    }

    /** The id parameter as a number, or null when it is none (which the pages answer with 404, like an unknown id). */
    public static Long id(String parameter) {
        if (parameter == null || !parameter.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(parameter.strip());
    }
}
