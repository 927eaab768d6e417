package com.servicenet.catalog.control;

import java.util.List;

/** The outcome of a CSV import into a draft price list: all lines taken, or none and the reasons, one per bad line. */
public record PriceListImport(int lines, List<String> errors) {

    public boolean accepted() {
        return errors.isEmpty();
    }
}
