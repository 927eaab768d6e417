package com.servicenet.network.control;

import java.util.List;

/**
 * The outcome of a CSV import of regions: all lines or none.
 *
 * @param errors one text per refused line, in the caller's language; when any, nothing was imported
 */
public record RegionImport(int created, List<String> errors) {
}
