package com.servicenet.api.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not the JSON this API expects (syntax, or a value of the wrong type): 400, nothing written.
 * Jersey wraps JSON-B's complaint in a ProcessingException; any other processing failure is ours: 500.
 */
@Provider
public class MalformedJsonMapper extends ProblemMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimit.TooLarge) {
                return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "http.413");
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return problem(Response.Status.BAD_REQUEST, "malformed-json");
            }
        }
        return unexpected(failure);
    }
}
