package com.servicenet.api.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * An RFC 9457 problem: what every error of this API looks like, served as {@code application/problem+json}.
 *
 * @param violations one entry per rejected input field, empty otherwise
 * @param correlationId set on unexpected failures only, to find the logged cause
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations", "correlationId"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }
}
