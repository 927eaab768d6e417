package com.servicenet.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** The last resort: logs the cause under a correlation id and tells the client nothing else. */
@Provider
public class UnexpectedFailureMapper extends ProblemMapper<Throwable> {

    @Override
    public Response toResponse(Throwable failure) {
        return unexpected(failure);
    }
}
