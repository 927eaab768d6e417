package com.servicenet.api.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** HTTP-level refusals of the JAX-RS runtime (unknown path, wrong method, unsupported media type, role missing). */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        Response problem = problem(status, "http." + status.getStatusCode());
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.getHeaders().add(name, value));
            }
        });
        return problem;
    }
}
