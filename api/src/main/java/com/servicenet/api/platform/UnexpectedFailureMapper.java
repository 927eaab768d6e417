package com.servicenet.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The last resort: a lost race on a versioned row is a 409; anything else is logged under a correlation id and the client told nothing else. */
@Provider
public class UnexpectedFailureMapper extends ProblemMapper<Throwable> {

    @Override
    public Response toResponse(Throwable failure) {
        if (com.servicenet.persistence.ConcurrentChange.causes(failure)) {
            return problem(Response.Status.CONFLICT, "concurrent-change");
        }
        return unexpected(failure);
    }
}
