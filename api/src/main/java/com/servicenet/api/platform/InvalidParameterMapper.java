package com.servicenet.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** 400 naming the query parameter that could not be read. */
@Provider
public class InvalidParameterMapper extends ProblemMapper<InvalidParameter> {

    @Override
    public Response toResponse(InvalidParameter invalid) {
        return detailedProblem(Response.Status.BAD_REQUEST, "invalid-input",
                List.of(new Problem.Violation(invalid.parameter(), text(invalid.messageKey(), invalid.arguments()))), null);
    }
}
