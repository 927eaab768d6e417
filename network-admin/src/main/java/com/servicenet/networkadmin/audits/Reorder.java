package com.servicenet.networkadmin.audits;

import java.util.Collections;
import java.util.List;

/** Moving one item of an editor's list up or down. */
final class Reorder {

    private Reorder() {
    }

    /** Moves the item {@code by} places (negative: up), staying inside the list. */
    static <T> void move(List<T> items, T item, int by) {
        int from = items.indexOf(item);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        Collections.swap(items, from, to);
    }
}
